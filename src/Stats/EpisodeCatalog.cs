using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Podcast;
using Sitecast.Templates;

namespace Sitecast.Stats;

/// <summary>
/// The published episodes and the feed, as the build knows them (podcast/ read by <see cref="ReadEpisodes"/>), by the
/// URL path a web server logs for them. Both the path as the feed writes it (%20) and decoded are known.
/// </summary>
public sealed class EpisodeCatalog
{
    private readonly Dictionary<string, EpisodeTarget> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EpisodeTarget>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public EpisodeCatalog(string podcastTitle, IReadOnlyList<EpisodeTarget> episodes, string feedPath)
    {
        PodcastTitle = podcastTitle;
        Episodes = episodes;
        FeedPath = feedPath;
        foreach (EpisodeTarget episode in episodes)
        {
            _byPath[episode.AudioPath] = episode;
            _byPath[Uri.UnescapeDataString(episode.AudioPath)] = episode;
        }

        _lookup = _byPath.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string PodcastTitle { get; }

    /// <summary>Newest first, as the podcast page lists them.</summary>
    public IReadOnlyList<EpisodeTarget> Episodes { get; }

    public string FeedPath { get; }

    public EpisodeTarget? Find(ReadOnlySpan<char> path)
    {
        if (_lookup.TryGetValue(path, out EpisodeTarget? episode)) return episode;
        if (path.Contains('%') && _byPath.TryGetValue(Uri.UnescapeDataString(path.ToString()), out episode)) return episode;
        return null;
    }

    public bool IsFeed(ReadOnlySpan<char> path) => path.SequenceEqual(FeedPath);

    /// <summary>Reads site.yml and podcast/ like a build does; null (with the reasons in <paramref name="diagnostics"/>) when they cannot be read.</summary>
    public static (EpisodeCatalog? Catalog, SiteContext? Site) Load(BuildOptions options, DiagnosticBag diagnostics)
    {
        if (!File.Exists(Path.Combine(options.SourceRoot, SiteConfigLoader.FileName)))
        {
            diagnostics.Error(new SourceLocation(""), $"{options.SourceRoot} is not a site folder: it has no {SiteConfigLoader.FileName}",
                "run in the site folder or name it with --source");
            return (null, null);
        }

        SiteConfig config;
        try
        {
            config = SiteConfigLoader.Load(options.SourceRoot, options.BaseUrl, diagnostics);
        }
        catch (ContentException e)
        {
            diagnostics.Add(e.Diagnostic);
            return (null, null);
        }

        if (diagnostics.HasErrors) return (null, null);
        SiteContext site = Context(options, config, diagnostics);
        EngineResult result = new PipelineEngine([new EpisodePipeline(site)]).RunAsync(diagnostics).GetAwaiter().GetResult();
        site.Session.Reuse.KeepAudioAndCovers();
        // What the run made in a folder of its own (show notes' images without a cache) is not needed any more.
        site.Session.Reuse.Dispose();
        if (diagnostics.HasErrors) return (null, site);

        var documents = result.OutputsOf(nameof(EpisodePipeline), Phase.Process);
        if (documents.Select(d => d.Model).OfType<PodcastChannel>().FirstOrDefault() is not { } channel)
        {
            diagnostics.Error(new SourceLocation(PodcastConfigLoader.DisplayPath), "the site has no podcast to count downloads for",
                "add podcast/podcast.yml and the episodes' audio files");
            return (null, site);
        }

        var episodes = documents.Select(d => d.Model).OfType<Episode>()
            .Select((e, i) => new EpisodeTarget(i, e.Title, site.Urls.Absolute(e.Url), new Uri(e.AudioUrl).AbsolutePath,
                DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.Date, site.Zone).DateTime), e.Audio.SizeBytes,
                EpisodeTarget.MinimumBytesOf(e.Audio.SizeBytes, e.Audio.Duration)))
            .ToList();
        return (new EpisodeCatalog(channel.Config.Title, episodes, new Uri(channel.FeedUrl).AbsolutePath), site);
    }

    /// <summary>
    /// What <see cref="ReadEpisodes"/> needs of a build. What the last build kept is used when there was one: reading
    /// a season of audio (every frame counted, every byte hashed) is then a lookup; what it lacks is added as a build would.
    /// </summary>
    private static SiteContext Context(BuildOptions options, SiteConfig config, DiagnosticBag diagnostics)
    {
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(config.TimeZone);
        DateTimeOffset now = options.Now is { } local ? ContentDate.InZone(local, zone) : TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        var theme = new ThemeFolders([(Path.Combine(options.SourceRoot, "theme"), "theme"), (options.DefaultThemeRoot, "(default theme)")]);
        var urls = new SiteUrls(config.BaseUrl);
        var reuse = Incremental.BuildReuse.ForReading(options);
        return new SiteContext
        {
            Options = options,
            Config = config,
            Zone = zone,
            Now = now,
            Theme = theme,
            Markdown = new MarkdownRenderer(config.Language, new Images.ResponsiveImages(options.SourceRoot, reuse.ImageFolder), urls),
            Templates = new ThemeTemplates(theme, zone, urls, config.Language),
            Strings = ThemeStrings.Load(theme, config.Language, diagnostics),
            Urls = urls,
            Session = new BuildSession
            {
                StagingRoot = options.OutputRoot,
                Diagnostics = diagnostics,
                Window = new TimeWindow(now),
                Reuse = reuse,
            },
        };
    }
}
