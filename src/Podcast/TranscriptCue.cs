namespace Sitecast.Podcast;

/// <summary>One timed line of a transcript, with the speaker when the file names one (WebVTT &lt;v Name&gt;).</summary>
public sealed record TranscriptCue(TimeSpan Start, TimeSpan End, string? Speaker, string Text);
