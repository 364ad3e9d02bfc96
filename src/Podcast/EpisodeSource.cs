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
/// The episode is complete but for its GUID, which is assigned once every episode is read (<see cref="EpisodeGuids"/>):
/// <see cref="Draft"/> holds what that needs.
/// </summary>
public sealed record EpisodeSource(EpisodeDraft Draft, Episode WithoutGuid)
{
    private static readonly string[] EpisodeTypes = ["full", "trailer", "bonus"];

    public Episode ToEpisode(string guid) => WithoutGuid with { Guid = guid };

    public static EpisodeSource Read(string audioPath, string? twinPath, SiteContext site, PodcastChannel channel,
        ConcurrentDictionary<string, Document> files, DiagnosticBag diagnostics)
    {
        string display = site.Display(audioPath);
        if (!SafePaths.StaysInside(audioPath, site.SourcePath(ReadEpisodes.Folder)))
            throw new ContentException(new SourceLocation(display), "this is a symbolic link to a file outside the site folder, which is not read",
                "copy the file into podcast/ instead of linking to it");

        AudioInfo audio = ReadAudio(audioPath, display, site, "export it again as MP3 or M4A, or remove it from podcast/");
        // Problems the reader survived (a cut-off file, a broken cover tag): the episode is built, the author told.
        foreach (string warning in audio.Warnings)
            diagnostics.Warning(new SourceLocation(display), warning, "check the file, or export it again from the original recording");

        string stemPath = audioPath[..^Path.GetExtension(audioPath).Length];
        EpisodeSidecar sidecar = EpisodeSidecar.Read(stemPath, display, site, diagnostics);
        EpisodeFrontMatter front = sidecar.Front;

        string? title = Trimmed(front.Title) ?? Trimmed(audio.Title)
            ?? throw new ContentException(sidecar.Display is null ? new SourceLocation(display) : sidecar.At("title"), "the episode has no title",
                $"set the file's title tag, or add 'title: …' to {sidecar.Display ?? EpisodeGuids.SidecarPathOf(display)}");
        DateTimeOffset date = DateOf(front, audio, sidecar, display, site.Zone);
        string slug = SlugOf(Path.GetFileName(stemPath), front, sidecar, display);
        string episodeType = Trimmed(front.EpisodeType) ?? "full";
        CheckNumbering(front, episodeType, sidecar);

        string? description = Trimmed(front.Description) ?? Trimmed(audio.Comment) ?? sidecar.Notes?.FirstParagraph;
        if (description is not null && System.Text.Encoding.UTF8.GetByteCount(description) > 4000)
            diagnostics.Warning(sidecar.Display is null ? new SourceLocation(display) : sidecar.At("description"),
                "the episode's description is longer than 4000 bytes; Apple Podcasts cuts or refuses it",
                "shorten it: the show notes can be as long as needed");

        foreach (PodcastPerson person in front.Persons ?? []) PodcastConfigLoader.CheckPerson(person, sidecar.At("persons"), diagnostics);
        PodcastLocation? location = front.Location is { } place ? PodcastTagChecks.Location(place, sidecar.At("location"), diagnostics) : null;
        PodcastTagChecks.Social(front.SocialInteract ?? [], i => sidecar.AtItem("socialInteract", i), diagnostics);

        bool isOgg = audio.MimeType == "audio/ogg";
        if (isOgg && channel.Config.Apple)
            diagnostics.Warning(new SourceLocation(display),
                "Apple Podcasts does not take Ogg/Opus audio: this episode is on the website but left out of the feed",
                "convert it to MP3 or M4A, or set 'apple: false' in podcast/podcast.yml to put Ogg episodes in the feed");

        string fileName = Path.GetFileName(audioPath);
        string url = $"{PodcastChannel.Url}{slug}/";
        string integrity = ReadEpisodes.IntegrityOf(audioPath, site.Session.Reuse);
        // The output stays right only until this date passes (a scheduled episode appears then).
        site.Session.Window.DependsOn(date);

        string? pinned = Trimmed(front.Guid);
        var draft = new EpisodeDraft(display, sidecar.Display, pinned, pinned is null ? new SourceLocation(display) : sidecar.At("guid"), slug, title,
            site.Urls.Absolute(url), integrity);
        return new EpisodeSource(draft, new Episode
        {
            SourcePath = display,
            AudioFileName = fileName,
            Slug = slug,
            Url = url,
            Title = title,
            Date = date,
            Description = description,
            ShowNotesHtml = sidecar.Notes?.Html ?? "",
            ShowNotesLinks = sidecar.Notes?.Links ?? new Dictionary<string, SourceLocation>(),
            ShowNotesImages = sidecar.Notes?.Images ?? [],
            Number = front.Episode ?? audio.Track,
            Season = front.Season ?? audio.Disc,
            EpisodeType = episodeType,
            Explicit = front.Explicit ?? channel.Config.Explicit,
            Guid = "",
            Persons = front.Persons ?? [],
            Audio = audio,
            Integrity = integrity,
            AudioUrl = AudioUrl(fileName, site, channel),
            Alternates = twinPath is null ? [] : [ReadTwin(twinPath, site, channel)],
            Chapters = ChaptersOf(stemPath, audio, site),
            Soundbites = ReadSoundbites(front.Soundbites ?? [], audio.Duration, sidecar, diagnostics),
            Location = location,
            SocialInteracts = front.SocialInteract ?? [],
            Transcript = ReadTranscript(stemPath, site, diagnostics),
            Cover = ReferenceEquals(channel.Cover, ReadEpisodes.Unpublished)
                ? channel.Cover
                : EpisodeCover(audio, display, channel, files, diagnostics, site.Session.Reuse),
            Scheduled = date > site.Now,
            InFeed = !(isOgg && channel.Config.Apple),
            Translations = EpisodeTranslations.Read(stemPath, site, diagnostics),
        });
    }

    /// <summary>What the audio file says about itself; a file that is not audio is an error naming it.</summary>
    private static AudioInfo ReadAudio(string path, string display, SiteContext site, string hint)
    {
        try
        {
            return site.Session.Reuse.AudioFacts.GetOrRead(path, AudioReader.Read);
        }
        catch (AudioFormatException e)
        {
            throw new ContentException(new SourceLocation(display), $"cannot read this audio file: {e.Message}", hint);
        }
    }

    /// <summary>The sidecar's date, else the date tag; a year alone is not a date.</summary>
    private static DateTimeOffset DateOf(EpisodeFrontMatter front, AudioInfo audio, EpisodeSidecar sidecar, string display, TimeZoneInfo zone)
    {
        if (front.Date is { } text)
            return ContentDate.TryParse(text, zone, out DateTimeOffset date)
                ? date
                : throw new ContentException(sidecar.At("date"), $"'{text}' is not a date", $"write {ContentDate.Expected}");
        if (audio.Date is { } tagged) return ContentDate.InZone(tagged.ToDateTime(TimeOnly.MinValue), zone);
        throw new ContentException(sidecar.Start, "the episode has no date (its tags have none, or only a year)",
            sidecar.Display is null
                ? $"run 'sitecast new episode {display}': it writes {EpisodeGuids.SidecarPathOf(display)} with a date to check"
                : $"add 'date: 2026-01-05' to the front matter of {sidecar.Display}");
    }

    /// <summary>The sidecar's slug, else one made from the file name.</summary>
    private static string SlugOf(string stem, EpisodeFrontMatter front, EpisodeSidecar sidecar, string display)
    {
        if (Trimmed(front.Slug) is { } given)
            return Slug.IsValid(given)
                ? given
                : throw new ContentException(sidecar.At("slug"), $"'{given}' is not a valid slug",
                    $"use lowercase letters, digits and hyphens, e.g. '{Slug.From(given)}'");
        string slug = Slug.From(stem);
        return slug.Length > 0
            ? slug
            : throw new ContentException(new SourceLocation(display), "cannot make a slug from this file name", "add 'slug: …' to its sidecar, or rename the file");
    }

    private static void CheckNumbering(EpisodeFrontMatter front, string episodeType, EpisodeSidecar sidecar)
    {
        if (!EpisodeTypes.Contains(episodeType))
            throw new ContentException(sidecar.At("episodeType"), $"episodeType '{episodeType}' is not known", "use full, trailer or bonus");
        if (front.Episode is <= 0) throw new ContentException(sidecar.At("episode"), "episode numbers start at 1");
        if (front.Season is <= 0) throw new ContentException(sidecar.At("season"), "season numbers start at 1");
    }

    /// <summary>The chapters of &lt;stem&gt;.chapters.json when there is one, else those of the tags.</summary>
    private static IReadOnlyList<Chapter> ChaptersOf(string stemPath, AudioInfo audio, SiteContext site)
    {
        string path = stemPath + ".chapters.json";
        if (!SidecarExists(path, site)) return audio.Chapters;
        string display = site.Display(path);
        return ChaptersJson.Read(SourceText.Read(path, display), display);
    }

    private static string AudioUrl(string fileName, SiteContext site, PodcastChannel channel) => channel.Config.MediaBaseUrl is { } media
        ? media.TrimEnd('/') + "/" + Uri.EscapeDataString(fileName)
        : site.Urls.Absolute("/podcast/audio/" + Uri.EscapeDataString(fileName));

    /// <summary>The Opus twin of an episode's MP3: its own size, bitrate and hash.</summary>
    private static AlternateAudio ReadTwin(string path, SiteContext site, PodcastChannel channel)
    {
        AudioInfo audio = ReadAudio(path, site.Display(path), site,
            "export it again, or remove it: it would be the other encoding of the episode with the same name");
        string fileName = Path.GetFileName(path);
        return new AlternateAudio(fileName, AudioUrl(fileName, site, channel), audio.MimeType, audio.SizeBytes,
            AlternateAudio.BitrateOf(audio.SizeBytes, audio.Duration), ReadEpisodes.IntegrityOf(path, site.Session.Reuse));
    }

    /// <summary>The sidecar's soundbites, each inside the episode; a wrong one is an error at its own line.</summary>
    private static IReadOnlyList<Soundbite> ReadSoundbites(List<SoundbiteEntry> entries, TimeSpan length, EpisodeSidecar sidecar,
        DiagnosticBag diagnostics)
    {
        var soundbites = new List<Soundbite>();
        for (int i = 0; i < entries.Count; i++)
        {
            SoundbiteEntry entry = entries[i];
            SourceLocation at = sidecar.AtItem("soundbites", i);
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
    internal static bool SidecarExists(string path, SiteContext site)
    {
        if (!File.Exists(path)) return false;
        if (SafePaths.StaysInside(path, site.SourcePath(ReadEpisodes.Folder))) return true;
        throw new ContentException(new SourceLocation(site.Display(path)), "this is a symbolic link to a file outside the site folder, which is not read",
            "copy the file into podcast/ instead of linking to it");
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
