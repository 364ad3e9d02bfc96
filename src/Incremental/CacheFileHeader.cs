namespace Sitecast.Incremental;

/// <summary>
/// The start of every binary cache file: what the file is, the version of its layout, and, where it matters, what
/// it belongs to (an output folder, a program build). A file that starts otherwise is not read but made again.
/// </summary>
public readonly record struct CacheFileHeader(string Magic, int Version, string? Scope = null)
{
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(Version);
        if (Scope is not null) writer.Write(Scope);
    }

    /// <summary>Reads a header and tells whether it is this one.</summary>
    public bool IsReadFrom(BinaryReader reader) =>
        reader.ReadString() == Magic && reader.ReadInt32() == Version && (Scope is null || reader.ReadString() == Scope);
}
