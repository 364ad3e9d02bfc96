namespace Sitecast.Podcast;

/// <summary>podcast:location: the place a show or an episode is about (rel subject) or made in (rel creator).</summary>
public sealed class PodcastLocation
{
    public string Name { get; set; } = "";

    /// <summary>"56.1567,10.2039" or an RFC 5870 geo URI "geo:56.1567,10.2039".</summary>
    public string? Geo { get; set; }

    /// <summary>An OpenStreetMap object: type letter (N, W, R) and id, e.g. R2407165.</summary>
    public string? Osm { get; set; }

    /// <summary>ISO 3166-1 alpha-2, e.g. DK.</summary>
    public string? Country { get; set; }

    public string? Rel { get; set; }
}
