namespace Sitecast.Podcast;

/// <summary>A checked trailer: its audio published at <see cref="Url"/>, dated, with its size and MIME type.</summary>
public sealed record ChannelTrailer(string Title, string Url, DateTimeOffset Date, long Length, string MimeType, int? Season)
{
    /// <summary>The audio file, site-relative (podcast/trailer/trailer.mp3).</summary>
    public required string SourcePath { get; init; }

    /// <summary>Where the audio is published in the site, unless it is served from mediaBaseUrl.</summary>
    public required string Destination { get; init; }
}
