namespace Sitecast.Podcast;

/// <summary>
/// A cover resized into square JPEGs: site-relative URLs by edge length. <see cref="Feed"/> is the largest
/// (1400–3000 px), for itunes:image.
/// </summary>
public sealed record CoverImage(IReadOnlyDictionary<int, string> UrlsBySize)
{
    public string Feed => UrlsBySize[UrlsBySize.Keys.Max()];

    /// <summary>The smallest size at least <paramref name="edge"/> px, else the largest.</summary>
    public string AtLeast(int edge) =>
        UrlsBySize.Where(p => p.Key >= edge).OrderBy(p => p.Key).Select(p => p.Value).FirstOrDefault() ?? Feed;
}
