using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Modules;

namespace Sitecast.Search;

/// <summary>Gathers what the index holds: every published post, then every document of any pipeline offering an entry.</summary>
public static class SearchEntries
{
    public static IReadOnlyList<SearchEntry> From(IEnumerable<Document> posts, IEnumerable<Document> allDocuments)
    {
        var entries = posts.Select(FromPost).ToList();
        entries.AddRange(allDocuments
            .Select(d => d.Get<SearchEntry>(SearchMetadata.Entry))
            .OfType<SearchEntry>()
            .OrderBy(e => e.Kind, StringComparer.Ordinal)
            .ThenBy(e => e.Url, StringComparer.Ordinal));
        return entries;
    }

    public static SearchEntry FromPost(Document document)
    {
        Post post = document.ModelAs<Post>();
        return new SearchEntry("post", post.Url, post.Title, post.Description, post.Tags, "",
            post.Description ?? document.Get<string>(MetadataKeys.Excerpt) ?? "") { Html = post.Body };
    }
}
