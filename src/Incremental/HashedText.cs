using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Sitecast.Incremental;

/// <summary>Text and numbers fed into an <see cref="XxHash128"/> for keys and fingerprints.</summary>
public static class HashedText
{
    /// <summary>The text's length first, then its characters: ("ab", "c") and ("a", "bc") hash differently.</summary>
    public static void AppendText(this XxHash128 hash, string text)
    {
        hash.AppendNumber(text.Length);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    public static void AppendNumber(this XxHash128 hash, int number) => hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in number)));
}
