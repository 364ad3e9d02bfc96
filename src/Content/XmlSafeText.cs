using System.Buffers;
using System.Text;
using System.Xml;

namespace Sitecast.Content;

/// <summary>Text made safe for XML 1.0: characters XML cannot carry at all (most control characters, lone surrogates) are dropped.</summary>
public static class XmlSafeText
{
    // C0 controls other than tab, line feed and carriage return: never allowed.
    private static readonly SearchValues<char> Controls =
        SearchValues.Create(Enumerable.Range(0, 0x20).Where(c => c is not (0x9 or 0xA or 0xD)).Select(c => (char)c).ToArray());

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // Almost every text is clean: found out by vectorised searches, the character loop starts where one may not be.
        int start = FirstSuspect(text);
        if (start < 0) return text;
        StringBuilder? cleaned = null;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            int length = char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c) ? 2
                : XmlConvert.IsXmlChar(c) ? 1
                : 0;
            if (length == 0)
            {
                // The first character to drop: copy what came before it, then go on copying selectively.
                cleaned ??= new StringBuilder(text, 0, i, text.Length);
                continue;
            }

            cleaned?.Append(text, i, length);
            i += length - 1;
        }

        return cleaned?.ToString() ?? text;
    }

    /// <summary>The first control character, surrogate (allowed only in pairs) or U+FFFE/U+FFFF; -1 when there is none.</summary>
    private static int FirstSuspect(ReadOnlySpan<char> text)
    {
        int first = -1;
        foreach (int found in (ReadOnlySpan<int>)[text.IndexOfAny(Controls), text.IndexOfAnyInRange('\uD800', '\uDFFF'), text.IndexOfAnyInRange('\uFFFE', '\uFFFF')])
        {
            if (found >= 0 && (first < 0 || found < first)) first = found;
        }

        return first;
    }
}
