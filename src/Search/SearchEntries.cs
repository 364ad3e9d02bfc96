using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Modules;

namespace Sitecast.Search;

/// <summary>Gathers what the index holds: every published post, then every document of any pipeline offering an entry.</summary>
public static class SearchEntries
{
    public static IReadOnlyList<SearchEntry> From(IEnumerable<Document> posts, IEnumerable<Document> allDocuments)
    {
        // Taking the text out of each post's HTML is most of this work, and posts are independent: done in
        // parallel, each into its own slot, so the order stays the posts' order.
        Document[] postDocuments = [.. posts];
        var postEntries = new SearchEntry[postDocuments.Length];
        Parallel.For(0, postDocuments.Length, i => postEntries[i] = FromPost(postDocuments[i]));

        var entries = new List<SearchEntry>(postEntries);
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
        return new SearchEntry("post", post.Url, post.Title, post.Description, post.Tags, HtmlToText.Of(post.ContentHtml),
            post.Description ?? document.Get<string>(MetadataKeys.Excerpt) ?? "");
    }
}
