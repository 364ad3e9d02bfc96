namespace Sitecast.Content;

/// <summary>A Markdown body as HTML, with the plain text of its first paragraph and its word count.</summary>
public sealed record RenderedMarkdown(string Html, string FirstParagraph, int WordCount);
