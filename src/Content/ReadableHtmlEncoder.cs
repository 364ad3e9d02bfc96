using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Sitecast.Content;

/// <summary>
/// HTML escaping as a hand-written page has it: &amp; &lt; &gt; " ' become references, the rest of printable ASCII
/// (+ ` = and so on) stays as it is, so a feed link reads type="application/rss+xml". Beyond ASCII it decides as
/// <c>HtmlEncoder.Create(UnicodeRanges.All)</c> does: letters such as ä or € stay, control characters and characters
/// outside the Basic Multilingual Plane become numeric references, a lone surrogate becomes U+FFFD.
/// </summary>
public sealed class ReadableHtmlEncoder : TextEncoder
{
    public static readonly ReadableHtmlEncoder Instance = new();

    private static readonly HtmlEncoder Inner = HtmlEncoder.Create(UnicodeRanges.All);

    // Printable ASCII that needs no escaping anywhere in HTML, in text or in a quoted attribute.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Where(c => c is not ('&' or '<' or '>' or '"' or '\'')).ToArray());

    private ReadableHtmlEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => Inner.MaxOutputCharactersPerInputCharacter;

    public override bool WillEncode(int unicodeScalar) =>
        !(unicodeScalar < 0x80 && Plain.Contains((char)unicodeScalar)) && Inner.WillEncode(unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        FirstToEncode(new ReadOnlySpan<char>(text, textLength));

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (WillEncode(unicodeScalar))
            return Inner.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);

        bool written = new Rune(unicodeScalar).TryEncodeToUtf16(new Span<char>(buffer, bufferLength), out numberOfCharactersWritten);
        return written;
    }

    private int FirstToEncode(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int skipped = text[i..].IndexOfAnyExcept(Plain);
            if (skipped < 0) return -1;
            i += skipped;
            if (Rune.DecodeFromUtf16(text[i..], out Rune rune, out int length) != OperationStatus.Done) return i;
            if (WillEncode(rune.Value)) return i;
            i += length;
        }

        return -1;
    }
}
