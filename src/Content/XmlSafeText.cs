using System.Text;
using System.Xml;

namespace Sitecast.Content;

/// <summary>Text made safe for XML 1.0: characters XML cannot carry at all (most control characters, lone surrogates) are dropped.</summary>
public static class XmlSafeText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? cleaned = null;
        for (int i = 0; i < text.Length; i++)
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
}
