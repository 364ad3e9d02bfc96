using System.Collections.Concurrent;
using Sitecast.Audio;
using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Engine;

namespace Sitecast.Podcast;

/// <summary>
/// One audio file and its sidecars, read: the tags, then &lt;stem&gt;.md (overrides any tag; body = show notes),
/// &lt;stem&gt;.vtt / .srt (transcript), &lt;stem&gt;.chapters.json (overrides the chapters), the embedded cover.
/// </summary>
public sealed record EpisodeSource(EpisodeDraft Draft, Func<string, Episode> Complete)
{
    private static readonly string[] EpisodeTypes = ["full", "trailer", "bonus"];

    public Episode ToEpisode(string guid) => Complete(guid);

    public static EpisodeSource Read(string audioPath, string? twinPath, SiteContext site, PodcastChannel channel,
        ConcurrentDictionary<string, Document> files, DiagnosticBag diagnostics)
    {
        string display = site.Display(audioPath);
        if (!SafePaths.StaysInside(audioPath, site.SourcePath(ReadEpisodes.Folder)))
            throw new ContentException(new SourceLocation(display), "this is a symbolic link to a file outside the site folder, which is not read",
                "copy the file into podcast/ instead of linking to it");

        AudioInfo audio;
        try
        {
            audio = site.Session.Reuse.AudioFacts.GetOrRead(audioPath, AudioReader.Read);
        }
        catch (AudioFormatException e)
        {
            throw new ContentException(new SourceLocation(display), $"cannot read this audio file: {e.Message}",
                "export it again as MP3 or M4A, or remove it from podcast/");
        }

        // Problems the reader survived (a cut-off file, a broken cover tag): the episode is built, the author told.
        foreach (string warning in audio.Warnings)
            diagnostics.Warning(new SourceLocation(display), warning, "check the file, or export it again from the original recording");

        string stemPath = audioPath[..^Path.GetExtension(audioPath).Length];
        string stem = Path.GetFileName(stemPath);

        // Sidecar Markdown: front matter overrides tags, the body is the show notes.
        EpisodeFrontMatter front = new();
        YamlKeyLocations? keys = null;
        string? sidecar = null;
        string showNotes = "";
        string? firstParagraph = null;
        IReadOnlyDictionary<string, SourceLocation> showNotesLinks = new Dictionary<string, SourceLocation>();
        IReadOnlyList<Images.ImageVariant> showNotesImages = [];
        if (SidecarExists(stemPath + ".md", site))
        {
            sidecar = site.Display(stemPath + ".md");
            SplitSource split = FrontMatterSplitter.Split(SourceText.Read(stemPath + ".md", sidecar), sidecar);
            front = YamlReader.Read<EpisodeFrontMatter>(split.Yaml, sidecar, split.YamlFirstLine, EpisodeFrontMatter.Keys, diagnostics, out keys);
            if (split.Body.Trim().Length > 0)
            {
                // Rendered like a post: images next to the sidecar are resized, links remember their sidecar line.
                RenderedMarkdown body = site.Markdown.Render(split.Body,
                    new MarkdownContext(sidecar, stemPath + ".md", split.BodyFirstLine, diagnostics));
                showNotes = body.Html;
                firstParagraph = body.FirstParagraph;
                showNotesLinks = body.Links;
                showNotesImages = body.Images;
            }
        }

        SourceLocation At(string key) => keys?.ValueOf(key) ?? new SourceLocation(sidecar ?? display);
        IReadOnlyDictionary<string, EpisodeText> translations = EpisodeTranslations.Read(stemPath, site, diagnostics);

        string? title = Trimmed(front.Title) ?? Trimmed(audio.Title);
        if (title is null)
            throw new ContentException(sidecar is null ? new SourceLocation(display) : At("title"), "the episode has no title",
                $"set the file's title tag, or add 'title: …' to {sidecar ?? EpisodeGuids.SidecarPathOf(display)}");

        DateTimeOffset date;
        if (front.Date is { } dateText)
        {
            if (!ContentDate.TryParse(dateText, site.Zone, out date))
                throw new ContentException(At("date"), $"'{dateText}' is not a date", $"write {ContentDate.Expected}");
        }
        else if (audio.Date is { } tagged)
        {
            date = ContentDate.InZone(tagged.ToDateTime(TimeOnly.MinValue), site.Zone);
        }
        else
        {
            throw new ContentException(sidecar is null ? new SourceLocation(display) : new SourceLocation(sidecar, 1, 1),
                "the episode has no date (its tags have none, or only a year)",
                sidecar is null
                    ? $"run 'sitecast new episode {display}': it writes {EpisodeGuids.SidecarPathOf(display)} with a date to check"
                    : $"add 'date: 2026-01-05' to the front matter of {sidecar}");
        }

        string slug = Slug.From(stem);
        if (Trimmed(front.Slug) is { } given)
        {
            if (!Slug.IsValid(given))
                throw new ContentException(At("slug"), $"'{given}' is not a valid slug", $"use lowercase letters, digits and hyphens, e.g. '{Slug.From(given)}'");
            slug = given;
        }
        else if (slug.Length == 0)
        {
            throw new ContentException(new SourceLocation(display), "cannot make a slug from this file name", "add 'slug: …' to its sidecar, or rename the file");
        }

        string episodeType = Trimmed(front.EpisodeType) ?? "full";
        if (!EpisodeTypes.Contains(episodeType))
            throw new ContentException(At("episodeType"), $"episodeType '{episodeType}' is not known", "use full, trailer or bonus");
        if (front.Episode is <= 0) throw new ContentException(At("episode"), "episode numbers start at 1");
        if (front.Season is <= 0) throw new ContentException(At("season"), "season numbers start at 1");

        string? description = Trimmed(front.Description) ?? Trimmed(audio.Comment) ?? firstParagraph;
        if (description is not null && System.Text.Encoding.UTF8.GetByteCount(description) > 4000)
            diagnostics.Warning(sidecar is null ? new SourceLocation(display) : At("description"),
                "the episode's description is longer than 4000 bytes; Apple Podcasts cuts or refuses it",
                "shorten it: the show notes can be as long as needed");

        string? pinned = Trimmed(front.Guid);
        foreach (PodcastPerson person in front.Persons ?? []) PodcastConfigLoader.CheckPerson(person, At("persons"), diagnostics);

        IReadOnlyList<Chapter> chapters = audio.Chapters;
        if (SidecarExists(stemPath + ".chapters.json", site))
        {
            string chaptersDisplay = site.Display(stemPath + ".chapters.json");
            chapters = ChaptersJson.Read(SourceText.Read(stemPath + ".chapters.json", chaptersDisplay), chaptersDisplay);
        }

        IReadOnlyList<Soundbite> soundbites = ReadSoundbites(front.Soundbites ?? [], audio.Duration, keys, sidecar, diagnostics);
        PodcastLocation? location = front.Location is { } place ? PodcastTagChecks.Location(place, At("location"), diagnostics) : null;
        PodcastTagChecks.Social(front.SocialInteract ?? [], i => keys?.ItemOf("socialInteract", i) ?? At("socialInteract"), diagnostics);

        Transcript? transcript = ReadTranscript(stemPath, site, diagnostics);
        CoverImage cover = ReferenceEquals(channel.Cover, ReadEpisodes.Unpublished)
            ? channel.Cover
            : EpisodeCover(audio, display, channel, files, diagnostics, site.Session.Reuse);

        bool isOgg = audio.MimeType == "audio/ogg";
        if (isOgg && channel.Config.Apple)
            diagnostics.Warning(new SourceLocation(display),
                "Apple Podcasts does not take Ogg/Opus audio: this episode is on the website but left out of the feed",
                "convert it to MP3 or M4A, or set 'apple: false' in podcast/podcast.yml to put Ogg episodes in the feed");

        string fileName = Path.GetFileName(audioPath);
        string audioUrl = AudioUrl(fileName, site, channel);
        string url = $"{PodcastChannel.Url}{slug}/";
        IReadOnlyList<AlternateAudio> alternates = twinPath is null ? [] : [ReadTwin(twinPath, site, channel)];
        string integrity = ReadEpisodes.IntegrityOf(audioPath, site.Session.Reuse);

        // The output stays right only until this date passes (a scheduled episode appears then).
        site.Session.Window.DependsOn(date);
        var draft = new EpisodeDraft(display, sidecar, pinned, pinned is null ? new SourceLocation(display) : At("guid"), slug, title,
            site.Urls.Absolute(url), integrity);
        return new EpisodeSource(draft, guid => new Episode
        {
            SourcePath = display,
            AudioFileName = fileName,
            Slug = slug,
            Url = url,
            Title = title,
            Date = date,
            Description = description,
            ShowNotesHtml = showNotes,
            ShowNotesLinks = showNotesLinks,
            ShowNotesImages = showNotesImages,
            Number = front.Episode ?? audio.Track,
            Season = front.Season ?? audio.Disc,
            EpisodeType = episodeType,
            Explicit = front.Explicit ?? channel.Config.Explicit,
            Guid = guid,
            Persons = front.Persons ?? [],
            Audio = audio,
            Integrity = integrity,
            AudioUrl = audioUrl,
            Alternates = alternates,
            Chapters = chapters,
            Soundbites = soundbites,
            Location = location,
            SocialInteracts = front.SocialInteract ?? [],
            Transcript = transcript,
            Cover = cover,
            Scheduled = date > site.Now,
            InFeed = !(isOgg && channel.Config.Apple),
            Translations = translations,
        });
    }

    private static string AudioUrl(string fileName, SiteContext site, PodcastChannel channel) => channel.Config.MediaBaseUrl is { } media
        ? media.TrimEnd('/') + "/" + Uri.EscapeDataString(fileName)
        : site.Urls.Absolute("/podcast/audio/" + Uri.EscapeDataString(fileName));

    /// <summary>The Opus twin of an episode's MP3: its own size, bitrate and hash.</summary>
    private static AlternateAudio ReadTwin(string path, SiteContext site, PodcastChannel channel)
    {
        AudioInfo audio;
        try
        {
            audio = site.Session.Reuse.AudioFacts.GetOrRead(path, AudioReader.Read);
        }
        catch (AudioFormatException e)
        {
            throw new ContentException(new SourceLocation(site.Display(path)), $"cannot read this audio file: {e.Message}",
                "export it again, or remove it: it would be the other encoding of the episode with the same name");
        }

        string fileName = Path.GetFileName(path);
        return new AlternateAudio(fileName, AudioUrl(fileName, site, channel), audio.MimeType, audio.SizeBytes,
            AlternateAudio.BitrateOf(audio.SizeBytes, audio.Duration), ReadEpisodes.IntegrityOf(path, site.Session.Reuse));
    }

    /// <summary>The sidecar's soundbites, each inside the episode; a wrong one is an error at its own line.</summary>
    private static IReadOnlyList<Soundbite> ReadSoundbites(List<SoundbiteEntry> entries, TimeSpan length, YamlKeyLocations? keys,
        string? sidecar, DiagnosticBag diagnostics)
    {
        var soundbites = new List<Soundbite>();
        for (int i = 0; i < entries.Count; i++)
        {
            SoundbiteEntry entry = entries[i];
            SourceLocation at = keys?.ItemOf("soundbites", i) ?? new SourceLocation(sidecar ?? "");
            if (!EpisodeTimes.TryParse(entry.Start, out TimeSpan start))
                diagnostics.Error(at, $"the soundbite's start '{entry.Start}' is not a time", "write seconds (75.5) or minutes:seconds (1:15.5)");
            else if (!EpisodeTimes.TryParse(entry.Duration, out TimeSpan duration) || duration <= TimeSpan.Zero)
                diagnostics.Error(at, $"the soundbite's duration '{entry.Duration}' is not a time above zero", "write seconds, e.g. duration: 30");
            else if (start + duration > length)
                diagnostics.Error(at,
                    $"the soundbite runs to {EpisodeTimes.Seconds(start + duration)} s, past the episode's end at {EpisodeTimes.Seconds(length)} s",
                    "move its start or shorten its duration");
            else if (entry.Title is { Length: > 128 })
                diagnostics.Error(at, "the soundbite's title is longer than 128 characters", "shorten it");
            else
                soundbites.Add(new Soundbite(start, duration, entry.Title?.Trim() ?? ""));
        }

        return soundbites;
    }

    private static Transcript? ReadTranscript(string stemPath, SiteContext site, DiagnosticBag diagnostics)
    {
        bool vtt = SidecarExists(stemPath + ".vtt", site);
        bool srt = SidecarExists(stemPath + ".srt", site);
        if (!vtt && !srt) return null;
        string path = stemPath + (vtt ? ".vtt" : ".srt");
        if (vtt && srt)
            diagnostics.Warning(new SourceLocation(site.Display(stemPath + ".srt")), "there is a .vtt transcript too; the .vtt is used",
                "remove one of the two");
        return Transcript.Parse(SourceText.Read(path, site.Display(path)), site.Display(path));
    }

    /// <summary>The embedded cover when it meets Apple's rules; else, with a warning, the channel's.</summary>
    private static CoverImage EpisodeCover(AudioInfo audio, string display, PodcastChannel channel,
        ConcurrentDictionary<string, Document> files, DiagnosticBag diagnostics, Incremental.BuildReuse reuse)
    {
        if (audio.Cover is not { } picture) return channel.Cover;
        if (CoverArt.Identify(picture.Data, reuse, out string? problem) is not { } size)
        {
            diagnostics.Warning(new SourceLocation(display), $"the embedded cover cannot be used ({problem}); the podcast's cover is shown instead");
            return channel.Cover;
        }

        if (size.Width != size.Height || size.Width < CoverArt.MinimumEdge)
        {
            diagnostics.Warning(new SourceLocation(display),
                $"the embedded cover is {size.Width} x {size.Height} px, not a square of at least 1400 px; the podcast's cover is used instead",
                "embed a square cover of 1400 to 3000 px (a small one is never scaled up), or remove it");
            return channel.Cover;
        }

        return ReadEpisodes.Publish(picture.Data, size.Width, display, files, reuse);
    }

    /// <summary>True for a sidecar that exists; one linked from outside the site is an error, never read.</summary>
    private static bool SidecarExists(string path, SiteContext site)
    {
        if (!File.Exists(path)) return false;
        if (SafePaths.StaysInside(path, site.SourcePath(ReadEpisodes.Folder))) return true;
        throw new ContentException(new SourceLocation(site.Display(path)), "this is a symbolic link to a file outside the site folder, which is not read",
            "copy the file into podcast/ instead of linking to it");
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
