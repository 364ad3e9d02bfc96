using System.Collections.Concurrent;

namespace Sitecast.Links;

/// <summary>
/// The ids and links of the pages this build rendered, scanned from their bytes while they were written: the link
/// checker reads back from disk only the pages it did not see written (copied files, pages taken over).
/// </summary>
public sealed class WrittenPages
{
    private readonly ConcurrentDictionary<string, PageLinks> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _urls = new(StringComparer.Ordinal);

    /// <param name="page">The page's path in the output folder, relative with '/'.</param>
    public void Scan(string page, ReadOnlySpan<byte> html) => _pages[page] = PageLinks.Of(html, _urls);

    /// <summary>What the page held when it was written; null when it was not seen written.</summary>
    public PageLinks? Find(string page) => _pages.GetValueOrDefault(page);
}

/// <summary>A page's ids (and &lt;a name&gt;s) and its link attributes.</summary>
public sealed record PageLinks(string[] Ids, HtmlAttribute[] Links)
{
    /// <param name="urls">
    /// The URLs seen so far: menu, footer and tag links repeat on every page, and one string for each is kept.
    /// </param>
    public static PageLinks Of(ReadOnlySpan<byte> html, ConcurrentDictionary<string, string> urls)
    {
        var found = new List<HtmlAttribute>();
        HtmlScanner.Scan(html, found);
        var ids = new List<string>();
        var links = new List<HtmlAttribute>(found.Count);
        foreach (HtmlAttribute attribute in found)
        {
            if (attribute.Name is HtmlScanner.Id or HtmlScanner.Name) ids.Add(attribute.Value);
            else links.Add(attribute with { Value = urls.GetOrAdd(attribute.Value, attribute.Value) });
        }

        return new PageLinks(ids.ToArray(), links.ToArray());
    }
}
