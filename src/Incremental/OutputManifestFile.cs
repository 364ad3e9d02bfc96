using System.Text;

namespace Sitecast.Incremental;

/// <summary>
/// An <see cref="OutputManifest"/> as a compact binary file: a <see cref="CacheFileHeader"/> whose scope is the output
/// folder it describes, then for each file its path in that folder, its key, size and modification time. An edited
/// build of a large site reads thousands of entries here; nothing is parsed from text.
/// </summary>
public static class OutputManifestFile
{
    private const string Magic = "sitecast-outputs";
    private const int Version = 2;

    public static void Write(Stream stream, string folder, IEnumerable<KeyValuePair<string, OutputManifest.Entry>> entries)
    {
        var sorted = entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        new CacheFileHeader(Magic, Version, folder).WriteTo(writer);
        writer.Write7BitEncodedInt(sorted.Count);
        foreach (var (destination, entry) in sorted)
        {
            writer.Write(destination);
            writer.Write(entry.Key);
            writer.Write(entry.Length);
            writer.Write(entry.WriteTicks);
        }
    }

    /// <summary>The entries by destination; null for a file of another folder or version, or a damaged one.</summary>
    public static Dictionary<string, OutputManifest.Entry>? Read(byte[] file, string folder)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(file, writable: false), Encoding.UTF8);
            if (!new CacheFileHeader(Magic, Version, folder).IsReadFrom(reader)) return null;
            int count = reader.ReadCount();
            var entries = new Dictionary<string, OutputManifest.Entry>(count, StringComparer.Ordinal);
            for (int i = 0; i < count; i++)
            {
                string destination = reader.ReadString();
                entries[destination] = new OutputManifest.Entry(reader.ReadString(), reader.ReadInt64(), reader.ReadInt64());
            }

            return entries;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException or IOException)
        {
            return null;
        }
    }
}
