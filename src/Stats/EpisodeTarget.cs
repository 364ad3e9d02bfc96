namespace Sitecast.Stats;

/// <summary>
/// An episode as the counting sees it: its place in the report, its release day, and how many bytes make a
/// download (IAB v2.2: one minute of audio at the file's bitrate, or the whole file when it is shorter).
/// </summary>
public sealed record EpisodeTarget(int Index, string Title, string PageUrl, string AudioPath, DateOnly Released, long SizeBytes, long MinimumBytes)
{
    public static long MinimumBytesOf(long sizeBytes, TimeSpan duration)
    {
        if (duration <= TimeSpan.FromMinutes(1) || sizeBytes <= 0) return Math.Max(1, sizeBytes);
        // The average bitrate of the file (tags included, a few kilobytes) is what a minute costs to send.
        return Math.Max(1, (long)Math.Ceiling(sizeBytes * 60.0 / duration.TotalSeconds));
    }
}
