using Sitecast.Engine;

namespace Sitecast.Model;

/// <summary>One page of a listing (the home page, a page of the blog index, a tag page …).</summary>
public sealed record ListPage
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required IReadOnlyList<Document> Items { get; init; }
    public int PageNumber { get; init; } = 1;
    public int PageCount { get; init; } = 1;
    public string? PreviousUrl { get; init; }
    public string? NextUrl { get; init; }
}
