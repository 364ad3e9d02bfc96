using System.CommandLine;
using Sitecast.Build;

namespace Sitecast.Cli;

/// <summary>`new post "Titel"` and `new episode FILE`.</summary>
public static class NewCommand
{
    private static readonly Argument<string> Title = new("title") { Description = "The post's title, e.g. \"Grüne Wärme für die Stadt\"." };

    private static readonly Option<string?> Lang = new("--lang")
    {
        Description = "On a site in several languages: the post's language, e.g. en (the file is then named YYYY-MM-DD-slug.en.md).",
    };

    private static readonly Argument<FileInfo> Audio = new("file") { Description = "The audio file, e.g. podcast/folge-3.mp3." };

    public static Command Create()
    {
        var post = new Command("post", "Create input/posts/YYYY-MM-DD-slug.md at the next free slot of the cadence.");
        post.Arguments.Add(Title);
        post.Options.Add(BuildCommand.Source);
        post.Options.Add(BuildCommand.Now);
        post.Options.Add(Lang);
        post.SetAction(parse => WithOptions(parse, options =>
            AuthoringCommands.NewPost(options.SourceRoot, parse.GetValue(Title)!, options.Now, Console.Out, Console.Error, parse.GetValue(Lang))));

        var episode = new Command("episode", "Create the sidecar <stem>.md of an audio file from its tags.");
        episode.Arguments.Add(Audio);
        episode.Options.Add(BuildCommand.Source);
        episode.Options.Add(BuildCommand.Now);
        episode.SetAction(parse => WithOptions(parse, options =>
            AuthoringCommands.NewEpisode(options.SourceRoot, parse.GetValue(Audio)!.FullName, options.Now, Console.Out, Console.Error)));

        var command = new Command("new", "Create a post or an episode sidecar; never overwrites a file.");
        command.Subcommands.Add(post);
        command.Subcommands.Add(episode);
        return command;
    }

    internal static int WithOptions(ParseResult parse, Func<BuildOptions, int> run)
    {
        if (!BuildCommand.TryCreateOptions(parse, out BuildOptions? options, out string? error))
        {
            Console.Error.WriteLine($"error: {error}");
            return BuildReport.UsageError;
        }

        return run(options!);
    }
}
