namespace Sitecast.Audio;

/// <summary>What the MP4 structure says: the audio length and both kinds of chapter marks, each possibly empty.</summary>
internal sealed record Mp4Facts(TimeSpan Duration, IReadOnlyList<Chapter> TrackChapters, IReadOnlyList<Chapter> NeroChapters, IReadOnlyList<string> Warnings)
{
    /// <summary>The QuickTime chapter track is what Apple's players read; Nero's list is the fallback.</summary>
    public IReadOnlyList<Chapter> Chapters => TrackChapters.Count > 0 ? TrackChapters : NeroChapters;
}
