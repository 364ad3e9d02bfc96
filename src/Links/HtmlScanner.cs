using System.Net;
using System.Text;

namespace Sitecast.Links;

/// <summary>
/// A small, forgiving HTML scanner that finds the attributes links and fragments are made of (href, src, srcset,
/// id, name), skipping comments, scripts and styles. It reads the UTF-8 bytes as they are on disk: everything it
/// looks for is ASCII, so it never decodes a page, never builds a tree and allocates only the values it keeps.
/// </summary>
public static class HtmlScanner
{
    public const string Href = "href";
    public const string Src = "src";
    public const string Srcset = "srcset";
    public const string Id = "id";
    public const string Name = "name";

    /// <summary>Scans a text; the offsets found are those of its UTF-8 bytes.</summary>
    public static void Scan(string html, List<HtmlAttribute> found) => Scan(Encoding.UTF8.GetBytes(html), found);

    /// <summary>Scans UTF-8 HTML; each attribute's offset is where its value starts, in bytes.</summary>
    public static void Scan(ReadOnlySpan<byte> html, List<HtmlAttribute> found)
    {
        int i = 0;
        while (i + 1 < html.Length)
        {
            int open = html[i..].IndexOf((byte)'<');
            if (open < 0 || i + open + 1 >= html.Length) return;
            i += open;
            byte next = html[i + 1];
            if (next == '!' && html[i..].StartsWith("<!--"u8))
            {
                i = SkipPast(html, "-->"u8, i + 4);
            }
            else if (next is (byte)'!' or (byte)'?' or (byte)'/')
            {
                i = SkipPast(html, ">"u8, i + 2);
            }
            else if (IsAsciiLetter(next))
            {
                i = ScanTag(html, i + 1, found, out ReadOnlySpan<byte> rawTextTag);
                // Script and style hold text, not markup: a "<a href" in a script is not a link.
                if (!rawTextTag.IsEmpty) i = SkipPastEndTag(html, rawTextTag, i);
            }
            else
            {
                i++;
            }
        }
    }

    private static int ScanTag(ReadOnlySpan<byte> html, int start, List<HtmlAttribute> found, out ReadOnlySpan<byte> rawTextTag)
    {
        int i = start;
        while (i < html.Length && (IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
        ReadOnlySpan<byte> tag = html[start..i];
        rawTextTag = Ascii.EqualsIgnoreCase(tag, "script"u8) || Ascii.EqualsIgnoreCase(tag, "style"u8) ? tag : default;
        // name= is a fragment target only on <a> (old-style anchors); on <meta> or <input> it is something else.
        bool anchor = Ascii.EqualsIgnoreCase(tag, "a"u8);

        while (i < html.Length)
        {
            while (i < html.Length && IsSpace(html[i])) i++;
            if (i >= html.Length) break;
            if (html[i] == '>') return i + 1;
            if (html[i] == '/') { i++; continue; }

            int nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ((byte)'=' or (byte)'>' or (byte)'/')) i++;
            ReadOnlySpan<byte> name = html[nameStart..i];
            if (name.IsEmpty) { i++; continue; }

            while (i < html.Length && IsSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=') continue;
            i++;
            while (i < html.Length && IsSpace(html[i])) i++;
            if (i >= html.Length) break;

            int valueStart;
            int valueEnd;
            if (html[i] is (byte)'"' or (byte)'\'')
            {
                byte quote = html[i];
                valueStart = i + 1;
                int length = html[valueStart..].IndexOf(quote);
                valueEnd = length < 0 ? html.Length : valueStart + length;
                i = Math.Min(valueEnd + 1, html.Length);
            }
            else
            {
                valueStart = i;
                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>') i++;
                valueEnd = i;
            }

            string? kept = Interesting(name);
            if (kept is not null && (kept != Name || anchor))
            {
                string value = Encoding.UTF8.GetString(html[valueStart..valueEnd]);
                if (value.Contains('&')) value = WebUtility.HtmlDecode(value);
                found.Add(new HtmlAttribute(kept, value, valueStart));
            }
        }

        return html.Length;
    }

    private static string? Interesting(ReadOnlySpan<byte> name)
    {
        if (Ascii.EqualsIgnoreCase(name, "href"u8)) return Href;
        if (Ascii.EqualsIgnoreCase(name, "src"u8)) return Src;
        if (Ascii.EqualsIgnoreCase(name, "srcset"u8)) return Srcset;
        if (Ascii.EqualsIgnoreCase(name, "id"u8)) return Id;
        if (Ascii.EqualsIgnoreCase(name, "name"u8)) return Name;
        return null;
    }

    private static int SkipPast(ReadOnlySpan<byte> html, ReadOnlySpan<byte> marker, int from)
    {
        int end = from >= html.Length ? -1 : html[from..].IndexOf(marker);
        return end < 0 ? html.Length : from + end + marker.Length;
    }

    /// <summary>Past the "&lt;/script" or "&lt;/style" (any case) that ends a raw-text element.</summary>
    private static int SkipPastEndTag(ReadOnlySpan<byte> html, ReadOnlySpan<byte> tag, int from)
    {
        int i = from;
        while (i < html.Length)
        {
            int close = html[i..].IndexOf("</"u8);
            if (close < 0) break;
            i += close + 2;
            if (i + tag.Length <= html.Length && Ascii.EqualsIgnoreCase(html.Slice(i, tag.Length), tag)) return i + tag.Length;
        }

        return html.Length;
    }

    // The space characters of HTML (https://infra.spec.whatwg.org/#ascii-whitespace).
    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r';

    private static bool IsAsciiLetter(byte b) => char.IsAsciiLetter((char)b);

    private static bool IsAsciiLetterOrDigit(byte b) => char.IsAsciiLetterOrDigit((char)b);
}
