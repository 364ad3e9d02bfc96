using System.CommandLine;

namespace Sitecast.Cli;

/// <summary>`check`: every validation, into a temporary folder; for CI.</summary>
public static class CheckCommand
{
    public static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings as errors (exit 1)." };

    public static readonly Option<string> Live = new("--live")
    {
        Description = "Also check the deployed site (its URL, or its feed's) as podcast apps use it: ranges, redirects, MIME types, CORS, ETag, https, GUIDs.",
    };

    public static Command Create()
    {
        var command = new Command("check", "Build into a temporary folder and report every problem; exit 1 on errors. site/ is not touched.");
        foreach (Option option in new Option[] { BuildCommand.Source, BuildCommand.BaseUrl, BuildCommand.Drafts, BuildCommand.Now, BuildCommand.PreviousFeed, Strict, Live })
            command.Options.Add(option);
        command.SetAction(parse => NewCommand.WithOptions(parse, options =>
            CheckRunner.RunAsync(options, parse.GetValue(Strict), Console.Out, Console.Error, parse.GetValue(Live)).GetAwaiter().GetResult()));
        return command;
    }
}
