using Sitecast.Audio;
using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Discovery;
using Sitecast.Templates;

namespace Sitecast.Podcast;

/// <summary>What the podcast layouts see: snake_case values built from the typed models (README lists them).</summary>
public static class PodcastTemplateValues
{
    public static Dictionary<string, object?> Episode(Episode episode, SiteContext site)
    {
        string language = site.Config.Language;
        var values = new Dictionary<string, object?>
        {
            ["title"] = episode.Title,
            ["url"] = episode.Url,
            ["slug"] = episode.Slug,
            ["date"] = episode.Date,
            ["date_iso"] = DateFormatter.Iso(episode.Date),
            ["date_display"] = DateFormatter.Long(episode.Date, language),
            ["description"] = episode.Description,
            ["show_notes"] = episode.ShowNotesHtml,
            ["duration_seconds"] = (long)Math.Round(episode.Audio.Duration.TotalSeconds),
            ["duration_display"] = EpisodeTimes.Clock(episode.Audio.Duration),
            // On pages, audio copied into the site is linked by path, so the page also works on a staging host.
            ["audio_url"] = episode.AudioUrl.StartsWith(site.Urls.Origin + "/", StringComparison.Ordinal)
                ? episode.AudioUrl[site.Urls.Origin.Length..]
                : episode.AudioUrl,
            ["audio_type"] = episode.Audio.MimeType,
            ["alternates"] = episode.Alternates.Select(a => new Dictionary<string, object?>
            {
                ["url"] = a.Url.StartsWith(site.Urls.Origin + "/", StringComparison.Ordinal) ? a.Url[site.Urls.Origin.Length..] : a.Url,
                ["type"] = a.Codecs is { } codecs ? $"{a.MimeType}; codecs={codecs}" : a.MimeType,
            }).ToList(),
            ["audio_file"] = episode.AudioFileName,
            ["size_bytes"] = episode.Audio.SizeBytes,
            ["size_display"] = FileSize.Format(episode.Audio.SizeBytes, language),
            ["episode"] = episode.Number,
            ["season"] = episode.Season,
            ["episode_type"] = episode.EpisodeType,
            ["explicit"] = episode.Explicit,
            ["scheduled"] = episode.Scheduled,
            ["in_feed"] = episode.InFeed,
            ["image"] = Cover(episode.Cover),
            ["chapters"] = episode.Chapters.OrderBy(c => c.Start).Select(c => new Dictionary<string, object?>
            {
                ["start"] = EpisodeTimes.Seconds(c.Start),
                ["start_display"] = EpisodeTimes.Clock(c.Start),
                ["title"] = c.Title,
                ["url"] = c.Url,
            }).ToList(),
            ["chapters_url"] = episode.Chapters.Count > 0 ? episode.ChaptersUrl : null,
            ["transcript"] = episode.Transcript is null ? null : new Dictionary<string, object?>
            {
                ["url"] = episode.TranscriptUrl,
                ["type"] = episode.Transcript.MimeType,
                ["paragraphs"] = episode.Transcript.Paragraphs().Select(p => new Dictionary<string, object?>
                {
                    ["start"] = EpisodeTimes.Seconds(p.Start),
                    ["start_display"] = EpisodeTimes.Clock(p.Start),
                    ["speaker"] = p.Speaker,
                    ["text"] = p.Text,
                }).ToList(),
            },
            ["persons"] = episode.Persons.Select(Person).ToList(),
        };
        if (!site.Language.IsDefault)
        {
            // A page in another language: an episode not translated keeps the original's words, and the transcript
            // is always the original's; both are marked with the language they are in.
            string original = site.Languages[0].Code;
            if (!episode.Url.StartsWith(site.Language.HomeUrl, StringComparison.Ordinal)) values["lang"] = original;
            values["transcript_lang"] = original;
        }

        return values;
    }

    public static Dictionary<string, object?> Channel(PodcastChannel channel, SiteContext site) => new()
    {
        ["title"] = channel.Config.Title,
        ["description"] = channel.Config.Description,
        ["author"] = channel.Config.Author,
        ["url"] = site.Language.Url(PodcastChannel.Url),
        ["feed_url"] = channel.FeedUrl,
        ["image"] = Cover(channel.Cover),
        ["subscribe"] = channel.Config.Subscribe.Configured(channel.FeedUrl)
            .Select(s => new Dictionary<string, object?> { ["key"] = s.Key, ["label"] = s.Label, ["url"] = s.Url }).ToList(),
        ["persons"] = channel.Config.Persons.Select(Person).ToList(),
        ["funding"] = channel.Config.Funding.Select(f => new Dictionary<string, object?> { ["url"] = f.Url, ["text"] = f.Text }).ToList(),
    };

    /// <summary>schema.org PodcastSeries, as JSON safe inside a script element (see <see cref="JsonLd"/>).</summary>
    public static string SeriesJsonLd(PodcastChannel channel, SiteContext site) => JsonLd.PodcastSeries(Series(channel, site));

    public static string EpisodeJsonLd(Episode episode, PodcastChannel channel, SiteContext site)
    {
        string duration = EpisodeTimes.IsoDuration(episode.Audio.Duration);
        return JsonLd.PodcastEpisode(episode.Title, site.Urls.Absolute(episode.Url), DateFormatter.Iso(episode.Date), episode.Description,
            duration, site.Urls.Absolute(episode.Cover.AtLeast(600)), episode.AudioUrl, episode.Audio.MimeType, episode.Audio.SizeBytes,
            episode.Number, Series(channel, site));
    }

    private static JsonLd.Series Series(PodcastChannel channel, SiteContext site) => new(channel.Config.Title,
        site.Urls.Absolute(site.Language.Url(PodcastChannel.Url)), channel.Config.Description, channel.FeedUrl, site.Urls.Absolute(channel.Cover.AtLeast(600)),
        channel.Language, channel.Config.Author);

    private static Dictionary<string, object?> Cover(CoverImage cover) => new()
    {
        ["small"] = cover.AtLeast(300),
        ["medium"] = cover.AtLeast(600),
        ["large"] = cover.Feed,
    };

    private static Dictionary<string, object?> Person(PodcastPerson person) => new()
    {
        ["name"] = person.Name,
        ["role"] = person.Role,
        ["group"] = person.Group,
        ["href"] = person.Href,
        ["img"] = person.Img,
    };
}
