using System.Text;
using System.Xml;

namespace Sitecast.Feeds;

/// <summary>Text made safe for XML 1.0: characters XML cannot carry at all (most control characters, lone surrogates) are dropped.</summary>
public static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? cleaned = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c);
            bool keep = pair || XmlConvert.IsXmlChar(c);
            if (keep && cleaned is null) continue;
            cleaned ??= new StringBuilder(text, 0, i, text.Length);
            if (pair)
            {
                cleaned.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (keep)
            {
                cleaned.Append(c);
            }
        }

        return cleaned?.ToString() ?? text;
    }
}
