using System.Text;

namespace Sitecast.Content;

/// <summary>
/// The HTML of a rendered Markdown body, kept as UTF-8 and decoded where it is used. A body taken from the Markdown
/// index stays in the index file until it is needed: after one edit, a build of thousands of posts renders a few
/// pages, and the index <see cref="Key"/> stands for the body everywhere else (in page keys, in the search index's
/// keys), so most bodies are never read. A body just rendered is kept as UTF-8 too: half the memory of its text,
/// for every post of a clean build.
/// </summary>
public sealed class BodyHtml
{
    public static readonly BodyHtml Empty = new("");

    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly int _length;

    // A body still in the index file: read by _read when first needed, then kept.
    private readonly Func<byte[]>? _read;
    private byte[]? _stored;

    /// <param name="key">The body's key in the Markdown index, or null for a body the index does not hold.</param>
    public BodyHtml(string html, string? key = null)
        : this(Encoding.UTF8.GetBytes(html), key)
    {
    }

    private BodyHtml(ReadOnlyMemory<byte> utf8, string? key)
    {
        _utf8 = utf8;
        _length = utf8.Length;
        Key = key;
    }

    private BodyHtml(int length, string key, Func<byte[]> read)
    {
        _length = length;
        _read = read;
        Key = key;
    }

    /// <summary>A body of <paramref name="length"/> bytes stored in the Markdown index, read by <paramref name="read"/> when needed.</summary>
    public static BodyHtml Stored(int length, string key, Func<byte[]> read) => new(length, key, read);

    /// <summary>A body as UTF-8: one just rendered, or one stored in the Markdown index under <paramref name="key"/>.</summary>
    public static BodyHtml FromUtf8(ReadOnlyMemory<byte> utf8, string? key) => new(utf8, key);

    /// <summary>
    /// The key of the body in the Markdown index: bodies with the same key have the same HTML, so a key stands for
    /// the text in fingerprints. Null when the index does not hold the body (no cache, or a body with images).
    /// </summary>
    public string? Key { get; }

    public bool IsEmpty => _length == 0;

    private ReadOnlySpan<byte> Utf8 => _read is null ? _utf8.Span : LazyInitializer.EnsureInitialized(ref _stored, _read);

    /// <summary>The HTML as UTF-8, for writing it out without decoding it.</summary>
    public ReadOnlySpan<byte> AsUtf8() => Utf8;

    /// <summary>The HTML as text, decoded anew at each call: callers use it once (a page, the search index, a feed).</summary>
    public string Decode() => Encoding.UTF8.GetString(Utf8);

    /// <summary>Writes the HTML as <see cref="BinaryWriter.Write(string)"/> would, straight from its bytes.</summary>
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write7BitEncodedInt(_length);
        writer.Write(Utf8);
    }

    public override string ToString() => Decode();
}
