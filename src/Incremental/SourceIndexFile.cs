using System.Text;
using Sitecast.Model;

namespace Sitecast.Incremental;

/// <summary>
/// The source index as a compact binary file, read back far faster than JSON (see docs/performance.md).
/// </summary>
public static class SourceIndexFile
{
    private const string Magic = "sitecast-sources";
    private const int Version = 3;

    public static void Write(Stream stream, string key, IReadOnlyDictionary<string, KnownSource> entries)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        new CacheFileHeader(Magic, Version, key).WriteTo(writer);
        writer.Write7BitEncodedInt(entries.Count);
        foreach (var (path, known) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(path);
            writer.Write(known.Size);
            writer.Write(known.Modified);
            WriteFrontMatter(writer, known.FrontMatter);
            writer.Write7BitEncodedInt(known.Keys.Count);
            foreach (var (name, place) in known.Keys.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                writer.Write(name);
                writer.Write7BitEncodedInt(place.Line);
                writer.Write7BitEncodedInt(place.Column);
                writer.Write7BitEncodedInt(place.ValueLine);
                writer.Write7BitEncodedInt(place.ValueColumn);
            }

            writer.Write7BitEncodedInt(known.YamlFirstLine);
            writer.Write7BitEncodedInt(known.BodyFirstLine);
            writer.Write(known.MarkdownKey);
            writer.Write7BitEncodedInt(known.Dates.Count);
            foreach (string date in known.Dates) writer.Write(date);
        }
    }

    /// <summary>The entries by path; null for a file of another version or key, or a damaged one.</summary>
    public static Dictionary<string, KnownSource>? Read(byte[] file, string key)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(file, writable: false), Encoding.UTF8);
            if (!new CacheFileHeader(Magic, Version, key).IsReadFrom(reader)) return null;
            int count = reader.ReadCount();
            var entries = new Dictionary<string, KnownSource>(count, StringComparer.Ordinal);
            for (int e = 0; e < count; e++)
            {
                string path = reader.ReadString();
                long size = reader.ReadInt64();
                long modified = reader.ReadInt64();
                FrontMatter frontMatter = ReadFrontMatter(reader);
                int keyCount = reader.ReadCount();
                var keys = new Dictionary<string, KeyPlace>(keyCount, StringComparer.Ordinal);
                for (int k = 0; k < keyCount; k++)
                    keys[reader.ReadString()] = new KeyPlace(reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(),
                        reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
                int yamlFirstLine = reader.Read7BitEncodedInt();
                int bodyFirstLine = reader.Read7BitEncodedInt();
                string markdownKey = reader.ReadString();
                var dates = new string[reader.ReadCount()];
                for (int d = 0; d < dates.Length; d++) dates[d] = reader.ReadString();
                entries[path] = new KnownSource(size, modified, frontMatter, keys, yamlFirstLine, bodyFirstLine, markdownKey, dates);
            }

            return entries;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException or IOException)
        {
            return null;
        }
    }

    private static void WriteFrontMatter(BinaryWriter writer, FrontMatter front)
    {
        WriteOptional(writer, front.Title);
        WriteOptional(writer, front.Date);
        WriteOptional(writer, front.Description);
        writer.Write7BitEncodedInt(front.Tags.Count);
        foreach (string tag in front.Tags) writer.Write(tag);
        WriteOptional(writer, front.Author);
        writer.Write(front.Draft);
        WriteOptional(writer, front.Image);
        WriteOptional(writer, front.Slug);
        WriteOptional(writer, front.Lang);
        WriteOptional(writer, front.TranslationKey);
    }

    private static FrontMatter ReadFrontMatter(BinaryReader reader)
    {
        var front = new FrontMatter
        {
            Title = ReadOptional(reader),
            Date = ReadOptional(reader),
            Description = ReadOptional(reader),
        };
        int tags = reader.ReadCount();
        for (int t = 0; t < tags; t++) front.Tags.Add(reader.ReadString());
        front.Author = ReadOptional(reader);
        front.Draft = reader.ReadBoolean();
        front.Image = ReadOptional(reader);
        front.Slug = ReadOptional(reader);
        front.Lang = ReadOptional(reader);
        front.TranslationKey = ReadOptional(reader);
        return front;
    }

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null) writer.Write(text);
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
