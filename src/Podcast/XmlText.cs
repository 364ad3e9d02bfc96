using System.Text;

namespace Sitecast.Podcast;

/// <summary>Text made safe for XML 1.0: characters the standard forbids (most control characters, lone surrogates,
/// U+FFFE and U+FFFF) are dropped, since no escape can carry them.</summary>
public static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (!NeedsCleaning(text)) return text;

        var clean = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    clean.Append(c).Append(text[i + 1]);
                    i++;
                }

                continue;
            }

            if (IsAllowed(c)) clean.Append(c);
        }

        return clean.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsAllowed(c)) return true;
        }

        return false;
    }

    // XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] (pairs of surrogates are handled above).
    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
