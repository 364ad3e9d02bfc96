namespace Sitecast.Content;

/// <summary>A Markdown body as HTML, with the plain text of its first paragraph and its word count.</summary>
public sealed record RenderedMarkdown(BodyHtml Body, string FirstParagraph, int WordCount)
{
    public RenderedMarkdown(string html, string firstParagraph, int wordCount)
        : this(new BodyHtml(html), firstParagraph, wordCount)
    {
    }

    /// <summary>The HTML as text, decoded at each use (see <see cref="BodyHtml"/>).</summary>
    public string Html => Body.Decode();

    /// <summary>Where each link and image URL of the body was written (first occurrence), for the link checker.</summary>
    public IReadOnlyDictionary<string, Diagnostics.SourceLocation> Links { get; init; } =
        new Dictionary<string, Diagnostics.SourceLocation>();

    /// <summary>The resized image files the body's &lt;img&gt; elements use; the document that is published writes them.</summary>
    public IReadOnlyList<Images.ImageVariant> Images { get; init; } = [];
}
