namespace Sitecast.Podcast;

/// <summary>podcast.yml "trailers": a trailer for the show or a season (podcast:trailer), an audio file in podcast/.</summary>
public sealed class PodcastTrailer
{
    public string Title { get; set; } = "";

    /// <summary>The audio file, relative to podcast/ (a subfolder keeps it from becoming an episode).</summary>
    public string? File { get; set; }

    /// <summary>Kept as text so a bad date is reported at its own line.</summary>
    public string? Date { get; set; }

    public int? Season { get; set; }
}
