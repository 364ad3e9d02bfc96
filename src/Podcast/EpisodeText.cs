namespace Sitecast.Podcast;

/// <summary>
/// An episode's words in another language of the site, from its sidecar &lt;stem&gt;.&lt;code&gt;.md: title, description
/// and show notes (what a sidecar leaves out is the original's). Audio, chapters, transcript and cover are shared.
/// </summary>
public sealed record EpisodeText(
    string SourcePath,
    string? Title,
    string? Description,
    string ShowNotesHtml,
    IReadOnlyDictionary<string, Diagnostics.SourceLocation> ShowNotesLinks,
    IReadOnlyList<Images.ImageVariant> ShowNotesImages);
