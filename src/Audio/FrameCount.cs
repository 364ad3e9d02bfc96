namespace Sitecast.Audio;

/// <summary>The result of walking an MPEG stream: complete frames, bytes skipped to resynchronise, and whether it ends mid-frame.</summary>
internal readonly record struct FrameCount(long Frames, long SkippedBytes, bool CutOffMidFrame);
