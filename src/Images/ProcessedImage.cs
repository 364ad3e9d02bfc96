namespace Sitecast.Images;

/// <summary>An image of the site after resizing: its variants, narrowest first.</summary>
public sealed record ProcessedImage(IReadOnlyList<ImageVariant> Variants)
{
    /// <summary>The width browsers without srcset support get: the widest variant up to this many pixels.</summary>
    public const int FallbackWidth = 800;

    public ImageVariant Fallback =>
        Variants.LastOrDefault(v => v.Width <= FallbackWidth) ?? Variants[0];

    public ImageVariant Largest => Variants[^1];
}
