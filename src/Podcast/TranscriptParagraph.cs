namespace Sitecast.Podcast;

/// <summary>Consecutive cues of one speaker joined into a paragraph, for reading the transcript on the page.</summary>
public sealed record TranscriptParagraph(TimeSpan Start, string? Speaker, string Text);
