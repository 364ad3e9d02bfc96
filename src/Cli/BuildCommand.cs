using System.CommandLine;
using System.Globalization;
using Sitecast.Build;

namespace Sitecast.Cli;

/// <summary>`build` (also the default command): arguments → <see cref="BuildOptions"/> → <see cref="SiteBuilder"/>.</summary>
public static class BuildCommand
{
    public static readonly Option<DirectoryInfo> Source = new("--source")
    {
        Description = "The site folder (site.yml, input/, podcast/, optional theme/). Default: the current folder.",
    };

    public static readonly Option<DirectoryInfo> Output = new("--output")
    {
        Description = "Where the website is written. Default: <source>/site.",
    };

    public static readonly Option<string> BaseUrl = new("--base-url")
    {
        Description = "Overrides baseUrl from site.yml, e.g. for a staging server.",
    };

    public static readonly Option<bool> Drafts = new("--drafts") { Description = "Include posts and pages marked draft: true." };

    public static readonly Option<bool> Future = new("--future") { Description = "Include posts dated after now." };

    public static readonly Option<bool> AllowRemovedEpisodes = new("--allow-removed-episodes")
    {
        Description = "Let published podcast episodes vanish from the feed or change their GUID.",
    };

    public static readonly Option<string> PreviousFeed = new("--previous-feed")
    {
        Description = "A feed published before (URL or file) whose episode GUIDs must be kept; alone: <baseUrl>podcast/feed.xml. " +
                      "A URL that cannot be fetched in 20 s is a warning.",
        HelpName = "URL|PATH",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static readonly Option<string> Now = new("--now")
    {
        Description = "Build as if it were this moment (site time zone), e.g. 2026-12-01T08:00.",
    };

    public static readonly Option<bool> NoCache = new("--no-cache")
    {
        Description = "Neither read nor write .sitecast-cache/: render everything, as on a fresh clone.",
    };

    public static void AddOptionsTo(Command command)
    {
        foreach (Option option in new Option[] { Source, Output, BaseUrl, Drafts, Future, Now, AllowRemovedEpisodes, PreviousFeed, NoCache })
            command.Options.Add(option);
    }

    public static Command Create()
    {
        var command = new Command("build", "Build the website into the output folder (the default command).");
        AddOptionsTo(command);
        command.SetAction(Run);
        return command;
    }

    public static int Run(ParseResult parse)
    {
        if (!TryCreateOptions(parse, out BuildOptions? options, out string? error))
        {
            Console.Error.WriteLine($"error: {error}");
            return BuildReport.UsageError;
        }

        // A process that builds once: a build that recycles its output runs without collections (see CollectionDeferral).
        BuildReport report = Incremental.CollectionDeferral.Run(options!, () =>
            Progress.ProgressDisplay.RunAsync(progress => SiteBuilder.BuildAsync(options!, progress: progress)).GetAwaiter().GetResult());

        BuildSummary.Print(report, options!, Console.Out, Console.Error);
        return report.ExitCode;
    }

    public static bool TryCreateOptions(ParseResult parse, out BuildOptions? options, out string? error)
    {
        options = null;
        error = null;
        string source = Path.GetFullPath(parse.GetValue(Source)?.FullName ?? Directory.GetCurrentDirectory());
        string output = Path.GetFullPath(parse.GetValue(Output)?.FullName ?? Path.Combine(source, "site"));

        DateTime? now = null;
        if (parse.GetValue(Now) is { } text)
        {
            string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];
            if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime parsed))
            {
                error = $"--now '{text}' is not a date and time; write e.g. 2026-12-01T08:00";
                return false;
            }

            now = parsed;
        }

        string? baseUrl = parse.GetValue(BaseUrl);
        if (baseUrl is not null && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https"))
        {
            error = $"--base-url '{baseUrl}' is not an absolute http(s) URL";
            return false;
        }

        // Given without a value: the site's own published feed. A file must be there; a URL is tried when the build runs.
        string? previousFeed = parse.GetResult(PreviousFeed) is { } given ? given.GetValueOrDefault<string?>() ?? "" : null;
        if (previousFeed is { Length: > 0 } && !Podcast.FeedSource.IsUrl(previousFeed))
        {
            if (!File.Exists(previousFeed))
            {
                error = $"--previous-feed '{previousFeed}': no such file (give the path of a feed.xml, or an http(s) URL)";
                return false;
            }

            previousFeed = Path.GetFullPath(previousFeed);
        }

        options = new BuildOptions
        {
            SourceRoot = source,
            OutputRoot = output,
            BaseUrl = baseUrl,
            IncludeDrafts = parse.GetValue(Drafts),
            IncludeFuture = parse.GetValue(Future),
            AllowRemovedEpisodes = parse.GetValue(AllowRemovedEpisodes),
            PreviousFeed = previousFeed,
            Now = now,
            UseCache = !parse.GetValue(NoCache),
        };
        return true;
    }
}
