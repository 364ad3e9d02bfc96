namespace Sitecast.Search;

/// <summary>
/// One thing the search can find. Any pipeline can offer entries: put one on a document under
/// <see cref="SearchMetadata.Entry"/> (e.g. an episode with its show notes and transcript as <see cref="Text"/>).
/// </summary>
/// <param name="Kind">What it is, shown next to the result: "post", "episode", "page".</param>
/// <param name="Url">Root-relative URL, e.g. /blog/my-post/.</param>
/// <param name="Excerpt">The short text shown under the result's title.</param>
/// <param name="Text">Everything else to search in, as plain text.</param>
public sealed record SearchEntry(
    string Kind,
    string Url,
    string Title,
    string? Description,
    IReadOnlyList<string> Tags,
    string Text,
    string Excerpt)
{
    /// <summary>
    /// Rendered HTML to search in besides <see cref="Text"/>, as <see cref="HtmlToText"/> reads it. A post gives
    /// its body as it is: the index reads the words straight out of it, without making a copy of its text first,
    /// and an unchanged body's scores are found by its key without reading it at all (see StoredScores).
    /// </summary>
    public Content.BodyHtml Html { get; init; } = Content.BodyHtml.Empty;
}
