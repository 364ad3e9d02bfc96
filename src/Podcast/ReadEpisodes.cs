using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using Sitecast.Audio;
using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Engine;
using Sitecast.Modules;
using Sitecast.Search;

namespace Sitecast.Podcast;

/// <summary>
/// Reads podcast/: the channel (podcast.yml and its cover), then every audio file with its sidecars. Returns one
/// document carrying the <see cref="PodcastChannel"/>, one per published <see cref="Episode"/> (its page), and the
/// files to publish: audio, covers, chapters and transcripts. GUIDs are checked against what was published
/// (<see cref="PublishedMemory"/>), and podcast/published.yml is brought up to date.
/// With <paramref name="publishCovers"/> false (for `stats`, which needs the episodes, not their pictures) covers
/// are neither checked nor resized.
/// </summary>
public sealed class ReadEpisodes(SiteContext site, bool publishCovers = true) : IModule
{
    public const string Folder = "podcast";

    /// <summary>The cover of a channel read without its pictures: it has no sizes, and nothing is rendered from it.</summary>
    public static readonly CoverImage Unpublished = new(new Dictionary<int, string>());

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        string folder = site.SourcePath(Folder);
        if (!Directory.Exists(folder)) return Task.FromResult(ImmutableArray<Document>.Empty);

        string[] audioFiles = Directory.EnumerateFiles(folder)
            .Where(AudioReader.IsAudio)
            .Order(StringComparer.Ordinal)
            .ToArray();
        string configPath = Path.Combine(folder, "podcast.yml");
        if (!File.Exists(configPath))
        {
            if (audioFiles.Length > 0)
                context.Diagnostics.Error(new SourceLocation(site.Display(audioFiles[0])),
                    "there are audio files in podcast/ but no podcast/podcast.yml describing the show",
                    "add podcast/podcast.yml with title, description, category and image (see README, section Podcast)");
            return Task.FromResult(ImmutableArray<Document>.Empty);
        }

        try
        {
            return Task.FromResult(Read(folder, configPath, audioFiles, context.Diagnostics));
        }
        catch (ContentException e)
        {
            context.Diagnostics.Add(e.Diagnostic);
            return Task.FromResult(ImmutableArray<Document>.Empty);
        }
    }

    private ImmutableArray<Document> Read(string folder, string configPath, string[] audioFiles, DiagnosticBag diagnostics)
    {
        var (config, keys) = PodcastConfigLoader.Load(configPath, site.Config.Language, diagnostics);
        var files = new ConcurrentDictionary<string, Document>(StringComparer.Ordinal);

        CoverImage? channelCover = publishCovers ? ChannelCover(folder, config, keys, files, diagnostics) : Unpublished;
        if (channelCover is null) return ImmutableArray<Document>.Empty;

        string feedUrl = site.Urls.Absolute("/" + PreviousFeed.RelativePath);
        if (!feedUrl.StartsWith("https://", StringComparison.Ordinal))
            diagnostics.Warning(new SourceLocation("site.yml"), $"the podcast feed will be served from {feedUrl}, without https",
                "podcast apps and the Podcasting 2.0 tags need https: use an https baseUrl");

        PublishedMemory memory = PublishedMemory.Gather(site, feedUrl, diagnostics);
        string podcastGuid = PodcastGuid(config, keys, memory, feedUrl, diagnostics);
        var channel = new PodcastChannel
        {
            Config = config,
            Language = config.Language ?? site.Config.Language,
            Cover = channelCover,
            FeedUrl = feedUrl,
            Link = config.Link ?? site.Urls.Absolute(PodcastChannel.Url),
            PodcastGuid = podcastGuid,
            Trailers = ChannelTrailers.Read(config, keys, folder, site, diagnostics),
            Frequency = ChannelFrequency.Of(config.UpdateFrequency, site.Config.Cadence.Days, config.Language ?? site.Config.Language),
        };

        // Read every file at once (tags, sidecars, covers), keep the input order for everything after.
        // An Ogg/Opus file beside an MP3 of the same stem is that episode's other encoding, not an episode.
        var (episodeFiles, twins) = AlternateAudio.Split(audioFiles);
        var read = new EpisodeSource?[episodeFiles.Length];
        Parallel.For(0, episodeFiles.Length, i =>
        {
            try
            {
                read[i] = EpisodeSource.Read(episodeFiles[i], twins.GetValueOrDefault(episodeFiles[i]), site, channel, files, diagnostics);
            }
            catch (ContentException e)
            {
                diagnostics.Add(e.Diagnostic);
            }
        });
        List<EpisodeSource> sources = read.OfType<EpisodeSource>().ToList();

        // Collected apart: the record is brought up to date only from GUIDs without a problem.
        var guidProblems = new DiagnosticBag();
        IReadOnlyDictionary<string, string> guids = EpisodeGuids.Assign(sources.Select(s => s.Draft).ToList(), podcastGuid,
            memory.Episodes, config, site.Options.AllowRemovedEpisodes, guidProblems);
        foreach (Diagnostic problem in guidProblems.Sorted()) diagnostics.Add(problem);

        var documents = ImmutableArray.CreateBuilder<Document>();
        // The channel document: with it the PodcastFeed pipeline writes the feed, and pages announce it (Episodes.ChannelOf).
        documents.Add(new Document { Source = PodcastConfigLoader.DisplayPath, Model = channel });
        // A site in one language has no use for them (its podcast.yml may be shared with a site in several).
        foreach (var (code, _) in config.Translations.Where(t => site.HasTranslations && !site.Languages.Any(l => l.Code == t.Key && !l.IsDefault)))
            diagnostics.Error(keys.ValueOf("translations"), $"unknown language code '{code}' in translations",
                $"the site's other languages are {string.Join(", ", site.Languages.Where(l => !l.IsDefault).Select(l => l.Code))}");
        List<Episode> all = sources.Select(s => s.ToEpisode(guids[s.Draft.SourcePath])).ToList();
        if (!guidProblems.HasErrors) RecordPublishedEpisodes.Run(site, memory.Record, podcastGuid, all, diagnostics);
        var published = all
            .Where(e => !e.Scheduled || site.Options.IncludeFuture)
            .OrderByDescending(e => e.Date)
            .ThenBy(e => e.SourcePath, StringComparer.Ordinal)
            .ToList();

        if (config.Type == "serial")
        {
            foreach (Episode episode in published.Where(e => e.Number is null))
                diagnostics.Error(new SourceLocation(episode.SourcePath), "a serial podcast needs an episode number for every episode",
                    $"add 'episode: 1' (or the right number) to {EpisodeGuids.SidecarPathOf(episode.SourcePath)}, or set the track tag");
        }

        foreach (Episode episode in published)
        {
            var origin = new SourceLocation(episode.SourcePath);
            documents.Add(new Document
            {
                Source = episode.SourcePath,
                Destination = episode.Url.TrimStart('/') + "index.html",
                Model = episode,
                Metadata = ImmutableDictionary<string, object?>.Empty
                    .SetItem(MetadataKeys.Origin, origin)
                    .SetItem(MetadataKeys.TranslationKey, EpisodeKey(episode))
                    .SetItem(MetadataKeys.MarkdownLinks, episode.ShowNotesLinks)
                    .SetItem(MetadataKeys.Images, episode.ShowNotesImages)
                    .SetItem(LastModified.Key, episode.Date)
                    .SetItem(SearchMetadata.Entry, EpisodeSearch.EntryFor(episode)),
            });
            foreach (Document file in EpisodeFiles(episode, channel, folder)) documents.Add(file.With(MetadataKeys.Origin, origin));
        }

        // A trailer in a subfolder is published here; one in podcast/ itself is an episode's audio, published with it.
        foreach (ChannelTrailer trailer in channel.Trailers.Where(t => config.MediaBaseUrl is null && t.Destination.Count(c => c == '/') > 2).DistinctBy(t => t.Destination))
        {
            documents.Add(new Document
            {
                Source = trailer.SourcePath,
                Destination = trailer.Destination,
                Content = DocumentContent.FromFile(Path.Combine(folder, trailer.Destination["podcast/audio/".Length..])),
            });
        }

        documents.AddRange(files.Values.OrderBy(d => d.Destination, StringComparer.Ordinal));
        return documents.ToImmutable();
    }

    /// <summary>What an episode's pages in every language share: its audio file.</summary>
    public static string EpisodeKey(Episode episode) => "episode:" + episode.SourcePath;

    /// <summary>The audio (unless served from mediaBaseUrl), the JSON chapters and the transcript of an episode.</summary>
    private static IEnumerable<Document> EpisodeFiles(Episode episode, PodcastChannel channel, string folder)
    {
        if (channel.Config.MediaBaseUrl is null)
        {
            yield return new Document
            {
                Source = episode.SourcePath,
                Destination = "podcast/audio/" + episode.AudioFileName,
                Content = DocumentContent.FromFile(Path.Combine(folder, episode.AudioFileName)),
            };
        }

        foreach (AlternateAudio alternate in channel.Config.MediaBaseUrl is null ? episode.Alternates : [])
        {
            yield return new Document
            {
                Source = episode.SourcePath,
                Destination = "podcast/audio/" + alternate.FileName,
                Content = DocumentContent.FromFile(Path.Combine(folder, alternate.FileName)),
            };
        }

        if (episode.Chapters.Count > 0)
        {
            yield return new Document
            {
                Source = episode.SourcePath,
                Destination = episode.ChaptersUrl.TrimStart('/'),
                Content = DocumentContent.FromText(ChaptersJson.Write(episode.Chapters, episode.Title, channel.Config.Title)),
            };
        }

        if (episode.Transcript is { } transcript)
        {
            yield return new Document
            {
                Source = transcript.SourcePath,
                Destination = episode.TranscriptUrl!.TrimStart('/'),
                Content = DocumentContent.FromFile(Path.Combine(folder, Path.GetFileName(transcript.SourcePath))),
            };
        }
    }

    private CoverImage? ChannelCover(string folder, PodcastConfig config, YamlKeyLocations keys,
        ConcurrentDictionary<string, Document> files, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(config.Image)) return null;
        SourceLocation at = keys.ValueOf("image");
        string path = Path.GetFullPath(Path.Combine(folder, config.Image));
        if (!SafePaths.IsUnder(path, Path.GetFullPath(folder)) || !File.Exists(path) || !SafePaths.StaysInside(path, folder))
        {
            diagnostics.Error(at, $"the cover image '{config.Image}' is not a file in podcast/",
                "put a square JPEG or PNG of 1400 to 3000 px into podcast/ and name it here");
            return null;
        }

        byte[] bytes = File.ReadAllBytes(path);
        if (CoverArt.Identify(bytes, site.Session.Reuse, out string? problem) is not { } size)
        {
            diagnostics.Error(at, $"the cover image '{config.Image}' cannot be used: {problem}");
            return null;
        }

        if (size.Width != size.Height || size.Width < CoverArt.MinimumEdge)
        {
            diagnostics.Error(at, $"the cover image is {size.Width} x {size.Height} px; Apple Podcasts requires a square of 1400 to 3000 px",
                size.Width < CoverArt.MinimumEdge ? "use a larger original: a small image is never scaled up" : "crop it to a square");
            return null;
        }

        return Publish(bytes, size.Width, site.Display(path), files, site.Session.Reuse);
    }

    /// <summary>Resizes a cover once per distinct original and registers its files.</summary>
    public static CoverImage Publish(byte[] bytes, int edge, string source, ConcurrentDictionary<string, Document> files,
        Incremental.BuildReuse reuse)
    {
        var (cover, jpegs) = CoverArt.Resize(bytes, edge, reuse);
        foreach (var (url, jpeg) in jpegs)
        {
            files.TryAdd(url, new Document
            {
                Source = source,
                Destination = url.TrimStart('/'),
                Content = DocumentContent.FromBytes(jpeg),
                Metadata = ImmutableDictionary<string, object?>.Empty.SetItem(MetadataKeys.Origin, new SourceLocation(source)),
            });
        }

        return cover;
    }

    private static string PodcastGuid(PodcastConfig config, YamlKeyLocations keys, PublishedMemory memory, string feedUrl,
        DiagnosticBag diagnostics)
    {
        if (config.Guid is { } pinned && Guid.TryParse(pinned, out Guid parsed)) return parsed.ToString();

        // Assigned once for life: a GUID the feed already published wins over one derived from a changed URL.
        string guid = memory.PodcastGuid is { } published
            ? Guid.Parse(published).ToString()
            : Uuid5.ForFeedUrl(feedUrl).ToString();
        diagnostics.Warning(keys.Has("title") ? keys.KeyOf("title") : new SourceLocation(PodcastConfigLoader.DisplayPath),
            $"the podcast's GUID is {guid} and is not pinned: it would change with the feed URL",
            $"add the line 'guid: {guid}' to {PodcastConfigLoader.DisplayPath}");
        return guid;
    }

    /// <summary>
    /// <see cref="IntegrityOf(string)"/>, kept for the next build under the file's path, size and modification time:
    /// hashing a season of audio costs seconds, and an audio file is replaced, not edited in the same second.
    /// </summary>
    public static string IntegrityOf(string path, Incremental.BuildReuse reuse) => reuse.AudioIntegrity.GetOrRead(path, IntegrityOf);

    /// <summary>SHA-384 of a file as a subresource-integrity value, streamed (audio is never loaded whole).</summary>
    public static string IntegrityOf(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return "sha384-" + Convert.ToBase64String(SHA384.HashData(stream));
    }
}
