using System.Collections.Concurrent;

namespace Sitecast.Links;

/// <summary>
/// Checks every internal href, src and srcset in the HTML files of an output folder against the files that are
/// there, and every fragment (#id, /page/#id) against the ids of its page. Links to other hosts, mailto: and the
/// like are not fetched. Pages are scanned in parallel; the result is sorted.
/// </summary>
public static class LinkChecker
{
    /// <param name="reuse">Has the previous build's scans, for pages taken over unchanged; this build's are kept in it.</param>
    /// <param name="files">The files of the output, relative with '/'; when null, those found in the folder.</param>
    /// <param name="written">The pages scanned as they were written, which are not read again.</param>
    public static IReadOnlyList<BrokenLink> Check(string outputRoot, string basePath, Incremental.BuildReuse? reuse = null,
        IEnumerable<string>? files = null, WrittenPages? written = null)
    {
        var known = (files ?? Directory.EnumerateFiles(outputRoot, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(outputRoot, f).Replace('\\', '/')))
            .ToHashSet(StringComparer.Ordinal);
        string[] pages = known.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

        // First every page's ids and links, then the checks, which need the ids of other pages.
        // A page's ids as they were scanned: pages hold few, and most are never the target of a fragment.
        var ids = new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);
        var links = new IReadOnlyList<HtmlAttribute>[pages.Length];
        var urls = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.For(0, pages.Length, i =>
        {
            if (reuse?.LinkScans.Reuse(pages[i]) is { } known)
            {
                ids[pages[i]] = known.Ids;
                links[i] = known.Links;
                return;
            }

            PageLinks page = written?.Find(pages[i]) ?? PageLinks.Of(File.ReadAllBytes(Path.Combine(outputRoot, pages[i])), urls);
            ids[pages[i]] = page.Ids;
            links[i] = page.Links;
            reuse?.LinkScans.Keep(pages[i], page.Ids, page.Links);
        });

        var broken = new ConcurrentBag<BrokenLink>();
        // A URL from the site's root means the same on every page: menu, footer, tag and post links are checked
        // once each, not once for each of the thousands of pages that carry them.
        var rootVerdicts = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        Parallel.For(0, pages.Length, i =>
        {
            foreach (HtmlAttribute attribute in links[i])
            {
                // Most attributes hold one URL; only srcset is taken apart.
                if (attribute.Name != HtmlScanner.Srcset) Check(attribute.Value, i, attribute.Offset);
                else foreach (string url in LinkUrls.Of(attribute)) Check(url, i, attribute.Offset);
            }
        });

        void Check(string url, int page, int offset)
        {
            string? reason;
            if (!IsFromRoot(url)) reason = Problem(url, pages[page], basePath, known, ids);
            else if (!rootVerdicts.TryGetValue(url, out reason))
                reason = rootVerdicts.GetOrAdd(url, Problem(url, pages[page], basePath, known, ids));
            if (reason is not null) broken.Add(new BrokenLink(pages[page], url, offset, reason));
        }

        return broken.OrderBy(b => b.Page, StringComparer.Ordinal).ThenBy(b => b.Offset).ThenBy(b => b.Url, StringComparer.Ordinal).ToList();
    }

    /// <summary>Why the URL on this page is broken, or null when it is fine or not ours to check.</summary>
    public static string? Problem(string url, string page, string basePath, IReadOnlySet<string> files,
        IReadOnlyDictionary<string, string[]> ids)
    {
        url = url.Trim();
        if (url.Length == 0 || IsOtherHost(url)) return null;

        int hash = url.IndexOf('#');
        string fragment = hash < 0 ? "" : Decode(url[(hash + 1)..]);
        string path = hash < 0 ? url : url[..hash];
        int query = path.IndexOf('?');
        if (query >= 0) path = path[..query];

        string target;
        if (path.Length == 0)
        {
            target = page;
        }
        else
        {
            string? relative = path.StartsWith('/')
                ? path.StartsWith(basePath, StringComparison.Ordinal) ? path[basePath.Length..] : null
                : Combine(page, path);
            if (relative is null)
                return path.StartsWith('/') && !path.StartsWith(basePath, StringComparison.Ordinal)
                    ? $"it is outside the site's path {basePath}"
                    : "it leads above the site's root folder";
            relative = Decode(relative);
            if (relative.Length == 0 || relative.EndsWith('/')) target = relative + "index.html";
            else if (files.Contains(relative)) target = relative;
            else if (files.Contains(relative + "/index.html")) target = relative + "/index.html";
            else return "no such file in the output";
            if (!files.Contains(target)) return "no such file in the output";
        }

        // "#" and "#top" scroll to the top of any page (HTML standard); fragments into non-HTML files are theirs.
        if (fragment.Length == 0 || fragment == "top" || !target.EndsWith(".html", StringComparison.Ordinal)) return null;
        return ids.TryGetValue(target, out string[]? targetIds) && Array.IndexOf(targetIds, fragment) >= 0
            ? null
            : $"{target} has no element with id \"{fragment}\"";
    }

    /// <summary>A path from the site's root ("/blog/", "/a.png#x"), whose target does not depend on the page it is on.</summary>
    private static bool IsFromRoot(string url)
    {
        ReadOnlySpan<char> trimmed = url.AsSpan().Trim();
        return trimmed.Length > 0 && trimmed[0] == '/' && !trimmed.StartsWith("//");
    }

    /// <summary>Any URL with a scheme (https:, mailto:, tel:, data:, javascript: …) or a protocol-relative one.</summary>
    private static bool IsOtherHost(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) return true;
        int colon = url.IndexOf(':');
        if (colon <= 0) return false;
        for (int i = 0; i < colon; i++)
        {
            char c = url[i];
            if (!(char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.')))) return false;
        }

        return true;
    }

    /// <summary>A page-relative path resolved against the page's folder; null when it climbs above the root.</summary>
    private static string? Combine(string page, string path)
    {
        var segments = new List<string>(page.Split('/')[..^1]);
        string[] parts = path.Split('/');
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i];
            if (part == "." || (part.Length == 0 && i < parts.Length - 1)) continue;
            if (part == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(part);
        }

        string joined = string.Join('/', segments);
        // "x/", "." and "x/." name a folder, that is its index.html: keep exactly one trailing slash.
        bool folder = path.EndsWith('/') || path == "." || path.EndsWith("/.", StringComparison.Ordinal);
        return folder && joined.Length > 0 && !joined.EndsWith('/') ? joined + "/" : joined;
    }

    private static string Decode(string text)
    {
        if (!text.Contains('%')) return text;
        try { return Uri.UnescapeDataString(text); }
        catch (UriFormatException) { return text; }
    }
}
