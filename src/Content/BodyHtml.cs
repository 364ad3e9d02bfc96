using System.Text;

namespace Sitecast.Content;

/// <summary>
/// The HTML of a rendered Markdown body, kept as UTF-8 and decoded where it is used. A body taken from the Markdown
/// index stays a slice of the index file's bytes: after one edit, a build of thousands of posts renders a few
/// pages, and the index <see cref="Key"/> stands for the body everywhere else (in page keys, in the search index's
/// keys). A body just rendered is kept as UTF-8 too: half the memory of its text, for every post of a clean build.
/// </summary>
public sealed class BodyHtml
{
    public static readonly BodyHtml Empty = new("");

    private readonly ReadOnlyMemory<byte> _utf8;

    /// <param name="key">The body's key in the Markdown index, or null for a body the index does not hold.</param>
    public BodyHtml(string html, string? key = null)
        : this(Encoding.UTF8.GetBytes(html), key)
    {
    }

    private BodyHtml(ReadOnlyMemory<byte> utf8, string? key)
    {
        _utf8 = utf8;
        Key = key;
    }

    /// <summary>A body as UTF-8: one just rendered, or one stored in the Markdown index under <paramref name="key"/>.</summary>
    public static BodyHtml FromUtf8(ReadOnlyMemory<byte> utf8, string? key) => new(utf8, key);

    /// <summary>
    /// The key of the body in the Markdown index: bodies with the same key have the same HTML, so a key stands for
    /// the text in fingerprints. Null when the index does not hold the body (no cache, or a body with images).
    /// </summary>
    public string? Key { get; }

    public bool IsEmpty => _utf8.IsEmpty;

    /// <summary>The HTML as UTF-8, for writing it out without decoding it.</summary>
    public ReadOnlySpan<byte> AsUtf8() => _utf8.Span;

    /// <summary>The HTML as text, decoded anew at each call: callers use it once (a page, the search index, a feed).</summary>
    public string Decode() => Encoding.UTF8.GetString(_utf8.Span);

    /// <summary>Writes the HTML as <see cref="BinaryWriter.Write(string)"/> would, straight from its bytes.</summary>
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write7BitEncodedInt(_utf8.Length);
        writer.Write(_utf8.Span);
    }

    public override string ToString() => Decode();
}
