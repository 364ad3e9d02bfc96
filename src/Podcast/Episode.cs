using Sitecast.Audio;

namespace Sitecast.Podcast;

/// <summary>An episode: its audio file's facts with the sidecar's overrides applied.</summary>
public sealed record Episode
{
    /// <summary>The audio file, site-relative (podcast/01-aarhus.mp3).</summary>
    public required string SourcePath { get; init; }

    public required string AudioFileName { get; init; }
    public required string Slug { get; init; }

    /// <summary>Root-relative URL of the episode page, e.g. /podcast/aarhus/.</summary>
    public required string Url { get; init; }

    public required string Title { get; init; }
    public required DateTimeOffset Date { get; init; }
    public string? Description { get; init; }

    /// <summary>The sidecar's Markdown body as HTML; empty without one.</summary>
    public string ShowNotesHtml { get; init; } = "";

    /// <summary>Where each link of the show notes was written (URL → sidecar line), for the link checker.</summary>
    public IReadOnlyDictionary<string, Diagnostics.SourceLocation> ShowNotesLinks { get; init; } =
        new Dictionary<string, Diagnostics.SourceLocation>();

    /// <summary>The resized images the show notes show, published with the episode page.</summary>
    public IReadOnlyList<Images.ImageVariant> ShowNotesImages { get; init; } = [];

    public int? Number { get; init; }
    public int? Season { get; init; }
    public string EpisodeType { get; init; } = "full";
    public bool Explicit { get; init; }
    public required string Guid { get; init; }
    public IReadOnlyList<PodcastPerson> Persons { get; init; } = [];
    public required AudioInfo Audio { get; init; }

    /// <summary>The audio file's SHA-384, as an SRI value; it recognises a renamed file in the previous feed.</summary>
    public required string Integrity { get; init; }

    /// <summary>Absolute URL of the audio file (copied into the site or on mediaBaseUrl).</summary>
    public required string AudioUrl { get; init; }

    /// <summary>The same episode in other encodings (an Opus twin of the MP3).</summary>
    public IReadOnlyList<AlternateAudio> Alternates { get; init; } = [];

    public IReadOnlyList<Chapter> Chapters { get; init; } = [];
    public IReadOnlyList<Soundbite> Soundbites { get; init; } = [];

    /// <summary>The sidecar's podcast:location (the show's stands in the channel).</summary>
    public PodcastLocation? Location { get; init; }

    public IReadOnlyList<SocialInteract> SocialInteracts { get; init; } = [];
    public Transcript? Transcript { get; init; }

    /// <summary>The episode's own cover, or the channel's.</summary>
    public required CoverImage Cover { get; init; }

    /// <summary>Dated after the build's "now": built only with --future.</summary>
    public bool Scheduled { get; init; }

    /// <summary>False for Ogg/Opus while the feed is for Apple Podcasts.</summary>
    public bool InFeed { get; init; } = true;

    /// <summary>The episode in the site's other languages (from its translated sidecars), by language code.</summary>
    public IReadOnlyDictionary<string, EpisodeText> Translations { get; init; } = new Dictionary<string, EpisodeText>();

    /// <summary>Where the episode's files (chapters, transcript) are published: its original page, in every language.</summary>
    public string? FilesUrl { get; init; }

    public string ChaptersUrl => (FilesUrl ?? Url) + "chapters.json";

    public string? TranscriptUrl => Transcript is null ? null : (FilesUrl ?? Url) + "transcript" + Transcript.Extension;

    /// <summary>
    /// The episode as a page of <paramref name="language"/> shows it: its translated words at /&lt;code&gt;/podcast/&lt;slug&gt;/,
    /// the same audio and files; null when it has no translation into that language.
    /// </summary>
    public Episode? In(Model.SiteLanguage language)
    {
        if (language.IsDefault) return this;
        if (!Translations.TryGetValue(language.Code, out EpisodeText? text)) return null;
        return this with
        {
            Title = text.Title ?? Title,
            Description = text.Description ?? Description,
            ShowNotesHtml = text.ShowNotesHtml.Length > 0 ? text.ShowNotesHtml : ShowNotesHtml,
            ShowNotesLinks = text.ShowNotesHtml.Length > 0 ? text.ShowNotesLinks : ShowNotesLinks,
            ShowNotesImages = text.ShowNotesHtml.Length > 0 ? text.ShowNotesImages : ShowNotesImages,
            Url = language.Url(Url),
            FilesUrl = FilesUrl ?? Url,
            Translations = new Dictionary<string, EpisodeText>(),
        };
    }
}
