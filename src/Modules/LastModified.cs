using Sitecast.Engine;
using Sitecast.Model;

namespace Sitecast.Modules;

/// <summary>
/// When a page last changed, for the sitemap: never a file time or the clock, so the output stays the same
/// from build to build. A pipeline may set <see cref="Key"/> explicitly; otherwise a post counts by its date
/// and a listing by the newest thing it shows.
/// </summary>
public static class LastModified
{
    /// <summary>Metadata key for an explicit <see cref="DateTimeOffset"/>.</summary>
    public const string Key = "lastModified";

    public static DateTimeOffset? Of(Document document)
    {
        if (document.Metadata.TryGetValue(Key, out object? value) && value is DateTimeOffset explicitDate) return explicitDate;
        return document.Model switch
        {
            Post post => post.Date,
            ListPage list => Newest(list.Items),
            _ => null,
        };
    }

    public static DateTimeOffset? Newest(IEnumerable<Document> documents)
    {
        DateTimeOffset? newest = null;
        foreach (Document document in documents)
        {
            if (Of(document) is { } date && (newest is null || date > newest)) newest = date;
        }

        return newest;
    }
}
