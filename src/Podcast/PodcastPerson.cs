namespace Sitecast.Podcast;

/// <summary>A podcast:person: a host of the show (podcast.yml) or a guest of one episode (sidecar).</summary>
public sealed class PodcastPerson
{
    public string Name { get; set; } = "";

    /// <summary>A role from the Podcast Taxonomy Project, e.g. host or guest.</summary>
    public string Role { get; set; } = "host";

    public string Group { get; set; } = "cast";
    public string? Href { get; set; }
    public string? Img { get; set; }
}
