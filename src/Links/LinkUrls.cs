namespace Sitecast.Links;

/// <summary>The URLs one attribute holds: one for href and src, one per candidate for srcset.</summary>
public static class LinkUrls
{
    public static IEnumerable<string> Of(HtmlAttribute attribute)
    {
        if (attribute.Name != HtmlScanner.Srcset)
        {
            yield return attribute.Value;
            yield break;
        }

        // "a.jpg 480w, b.jpg 800w": each candidate is a URL, then an optional descriptor.
        foreach (string candidate in attribute.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int space = candidate.IndexOfAny([' ', '\t', '\n']);
            yield return space < 0 ? candidate : candidate[..space];
        }
    }
}
