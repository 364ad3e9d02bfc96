using System.CommandLine;
using Sitecast.Podcast;

namespace Sitecast.Cli;

/// <summary>`import-guids FEED`: takes the episode GUIDs of a podcast's old feed into podcast/published.yml.</summary>
public static class ImportGuidsCommand
{
    private static readonly Argument<string> Feed = new("feed")
    {
        Description = "The old feed: its URL (fetched with a 20 s timeout) or a saved feed.xml.",
    };

    public static Command Create()
    {
        var command = new Command("import-guids",
            "Keep the GUIDs of a feed published by another host: records them in podcast/published.yml, so moving here re-downloads nothing.");
        command.Arguments.Add(Feed);
        command.Options.Add(BuildCommand.Source);
        command.SetAction(parse => NewCommand.WithOptions(parse, options =>
            GuidImport.Run(options.SourceRoot, parse.GetValue(Feed)!, FeedSource.DefaultTimeout, Console.Out, Console.Error)));
        return command;
    }
}
