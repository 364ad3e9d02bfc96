namespace Sitecast.Model;

/// <summary>The tag overview page: every tag with its number of posts, sorted by slug.</summary>
public sealed record TagIndex(IReadOnlyList<TagGroup> Tags);
