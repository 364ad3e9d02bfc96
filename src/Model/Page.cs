namespace Sitecast.Model;

/// <summary>A static page from input/pages/.</summary>
public sealed record Page
{
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public string? Description { get; init; }
    public bool Draft { get; init; }
    /// <summary>The Markdown body rendered to HTML (without the layout).</summary>
    public Content.BodyHtml Body { get; init; } = Content.BodyHtml.Empty;
    public required string Url { get; init; }
}
