namespace Sitecast.Model;

/// <summary>A blog post after its front matter and Markdown were read.</summary>
public sealed record Post
{
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public required DateTimeOffset Date { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public Author? Author { get; init; }
    public bool Draft { get; init; }
    public string? Image { get; init; }

    /// <summary>The <see cref="Image"/> resized for sharing previews: a root-relative URL below /images/ (or the external URL).</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Dated after the build's "now": shown only with --future.</summary>
    public bool Scheduled { get; init; }

    /// <summary>The Markdown body rendered to HTML (without the layout).</summary>
    public Content.BodyHtml Body { get; init; } = Content.BodyHtml.Empty;

    /// <summary>Root-relative URL with a trailing slash, e.g. /blog/my-post/.</summary>
    public required string Url { get; init; }
}
