using System.CommandLine;
using Sitecast.Diagnostics;
using Sitecast.Notify;
using Sitecast.Podcast;

namespace Sitecast.Cli;

/// <summary>`notify`: after a deploy, tell the WebSub hub (and the Podcast Index) that the podcast feed changed.</summary>
public static class NotifyCommand
{
    private static readonly Option<bool> Strict = new("--strict") { Description = "Exit 1 when a hub cannot be told (default: a warning)." };

    private static readonly Option<int> Timeout = new("--timeout")
    {
        Description = "Seconds one request may take. Default: 10.",
        DefaultValueFactory = _ => 10,
    };

    public static Command Create()
    {
        var command = new Command("notify",
            "Ping the feed's WebSub hub and podcast.yml's pubnotify endpoint that the built feed changed; nothing is sent when it did not.");
        foreach (Option option in new Option[] { BuildCommand.Source, BuildCommand.Output, Strict, Timeout }) command.Options.Add(option);
        command.SetAction(parse => NewCommand.WithOptions(parse, options =>
        {
            string configPath = Path.Combine(options.SourceRoot, PodcastConfigLoader.DisplayPath);
            string? pubnotify;
            try
            {
                // Only pubnotify is taken from podcast.yml: the build has checked the rest.
                pubnotify = File.Exists(configPath) ? PodcastConfigLoader.Load(configPath, "en", new DiagnosticBag()).Config.PubnotifyUrl : null;
            }
            catch (ContentException e)
            {
                Console.Error.WriteLine(e.Diagnostic);
                return 1;
            }

            var notify = new NotifyOptions
            {
                FeedPath = Path.Combine(options.OutputRoot, PreviousFeed.RelativePath),
                StatePath = Path.Combine(Incremental.BuildReuse.FolderOf(options.SourceRoot), "notify.txt"),
                PubnotifyUrl = pubnotify,
                Strict = parse.GetValue(Strict),
                Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(Timeout))),
            };
            return FeedNotifier.RunAsync(notify, Console.Out, Console.Error).GetAwaiter().GetResult();
        }));
        return command;
    }
}
