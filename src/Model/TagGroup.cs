using Sitecast.Engine;

namespace Sitecast.Model;

/// <summary>One tag and its posts (newest first). Spellings that share a slug are one tag.</summary>
public sealed record TagGroup(string Name, string Slug, IReadOnlyList<Document> Posts, string TagsUrl = "/tags/")
{
    public string Url => $"{TagsUrl}{Slug}/";
}
