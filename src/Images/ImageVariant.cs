namespace Sitecast.Images;

/// <summary>One resized copy of an image: where it goes in the output, where the cached file is, and its size.</summary>
public sealed record ImageVariant(string Destination, string CachePath, int Width, int Height);
