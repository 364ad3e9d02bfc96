using System.Text;
using Sitecast.Incremental;

namespace Sitecast.Tests.Support;

/// <summary>Cache files as another program, version or folder would have left them: the same content under another header.</summary>
public static class CacheFileHeaders
{
    /// <summary>The bytes of a file whose header has a scope, with the header replaced by what <paramref name="change"/> makes of it.</summary>
    public static byte[] Replace(byte[] file, Func<CacheFileHeader, CacheFileHeader> change)
    {
        using var reader = new BinaryReader(new MemoryStream(file), Encoding.UTF8);
        var header = new CacheFileHeader(reader.ReadString(), reader.ReadInt32(), reader.ReadString());
        using var result = new MemoryStream();
        using (var writer = new BinaryWriter(result, Encoding.UTF8, leaveOpen: true)) change(header).WriteTo(writer);
        result.Write(file.AsSpan((int)reader.BaseStream.Position));
        return result.ToArray();
    }

    /// <summary>The header changes a reader must not take for its own: another magic, another version, another scope.</summary>
    public static readonly Func<CacheFileHeader, CacheFileHeader>[] Foreign =
    [
        h => h with { Magic = h.Magic + "-other" },
        h => h with { Version = h.Version + 1 },
        h => h with { Scope = h.Scope + "/other" },
    ];
}
