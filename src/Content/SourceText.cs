using System.Text;
using Sitecast.Diagnostics;

namespace Sitecast.Content;

/// <summary>Reads an author's text file strictly as UTF-8 with \n line endings, naming the line of a bad byte.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string absolutePath, string displayPath)
    {
        byte[] bytes = File.ReadAllBytes(absolutePath);
        return Decode(bytes, displayPath);
    }

    public static string Decode(byte[] bytes, string displayPath)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            int badIndex = Math.Clamp(e.Index, 0, bytes.Length);
            int line = 1 + bytes.AsSpan(0, badIndex).Count((byte)'\n');
            throw new ContentException(new SourceLocation(displayPath, line),
                "the file is not valid UTF-8 text",
                "save it as UTF-8 (most editors offer this under 'Save with encoding')");
        }

        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        // Control characters (pasted from a word processor, say) and U+FFFE/U+FFFF are invalid in HTML and XML
        // alike and would pass through Markdown raw; no line break is among them, so line numbers stay right.
        text = XmlSafeText.Clean(text);
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }
}
