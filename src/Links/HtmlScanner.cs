using System.Net;

namespace Sitecast.Links;

/// <summary>
/// A small, forgiving HTML scanner that finds the attributes links and fragments are made of (href, src, srcset,
/// id, name), skipping comments, scripts and styles. It never builds a tree and allocates only the values it keeps,
/// so a few thousand pages scan in a blink.
/// </summary>
public static class HtmlScanner
{
    public const string Href = "href";
    public const string Src = "src";
    public const string Srcset = "srcset";
    public const string Id = "id";
    public const string Name = "name";

    public static void Scan(string html, List<HtmlAttribute> found)
    {
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            char next = html[i + 1];
            if (next == '!' && string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, "-->", i + 4);
            }
            else if (next is '!' or '?' or '/')
            {
                i = SkipPast(html, ">", i + 2);
            }
            else if (char.IsAsciiLetter(next))
            {
                i = ScanTag(html, i + 1, found, out bool rawText, out string tagName);
                // Script and style hold text, not markup: a "<a href" in a script is not a link.
                if (rawText) i = SkipPast(html, "</" + tagName, i);
            }
            else
            {
                i++;
            }
        }
    }

    private static int ScanTag(string html, int start, List<HtmlAttribute> found, out bool rawText, out string tagName)
    {
        int i = start;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
        ReadOnlySpan<char> tag = html.AsSpan(start, i - start);
        rawText = tag.Equals("script", StringComparison.OrdinalIgnoreCase) || tag.Equals("style", StringComparison.OrdinalIgnoreCase);
        // name= is a fragment target only on <a> (old-style anchors); on <meta> or <input> it is something else.
        bool anchor = tag.Equals("a", StringComparison.OrdinalIgnoreCase);
        tagName = rawText ? tag.ToString().ToLowerInvariant() : "";

        while (i < html.Length)
        {
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length) break;
            if (html[i] == '>') return i + 1;
            if (html[i] == '/') { i++; continue; }

            int nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
            ReadOnlySpan<char> name = html.AsSpan(nameStart, i - nameStart);
            if (name.Length == 0) { i++; continue; }

            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=') continue;
            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length) break;

            int valueStart;
            int valueEnd;
            if (html[i] is '"' or '\'')
            {
                char quote = html[i];
                valueStart = i + 1;
                valueEnd = html.IndexOf(quote, valueStart);
                if (valueEnd < 0) valueEnd = html.Length;
                i = Math.Min(valueEnd + 1, html.Length);
            }
            else
            {
                valueStart = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                valueEnd = i;
            }

            string? kept = Interesting(name);
            if (kept is not null && (kept != Name || anchor))
            {
                string value = html.Substring(valueStart, valueEnd - valueStart);
                if (value.Contains('&')) value = WebUtility.HtmlDecode(value);
                found.Add(new HtmlAttribute(kept, value, valueStart));
            }
        }

        return html.Length;
    }

    private static string? Interesting(ReadOnlySpan<char> name)
    {
        if (name.Equals(Href, StringComparison.OrdinalIgnoreCase)) return Href;
        if (name.Equals(Src, StringComparison.OrdinalIgnoreCase)) return Src;
        if (name.Equals(Srcset, StringComparison.OrdinalIgnoreCase)) return Srcset;
        if (name.Equals(Id, StringComparison.OrdinalIgnoreCase)) return Id;
        if (name.Equals(Name, StringComparison.OrdinalIgnoreCase)) return Name;
        return null;
    }

    private static int SkipPast(string html, string marker, int from)
    {
        int end = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html.Length : end + marker.Length;
    }
}
