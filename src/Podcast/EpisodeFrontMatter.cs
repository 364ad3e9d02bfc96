namespace Sitecast.Podcast;

/// <summary>The front matter of an episode's sidecar &lt;stem&gt;.md; every key overrides the audio file's tag.</summary>
public sealed class EpisodeFrontMatter
{
    public string? Title { get; set; }

    /// <summary>Kept as text so a bad date is reported at its own line.</summary>
    public string? Date { get; set; }

    public string? Description { get; set; }
    public int? Episode { get; set; }
    public int? Season { get; set; }

    /// <summary>full, trailer or bonus.</summary>
    public string? EpisodeType { get; set; }

    public bool? Explicit { get; set; }
    public string? Guid { get; set; }
    public List<PodcastPerson>? Persons { get; set; }
    public string? Slug { get; set; }
    public List<SoundbiteEntry>? Soundbites { get; set; }
    public PodcastLocation? Location { get; set; }
    public List<SocialInteract>? SocialInteract { get; set; }

    public static readonly string[] Keys =
        ["title", "date", "description", "episode", "season", "episodeType", "explicit", "guid", "persons", "slug", "soundbites", "location", "socialInteract"];
}
