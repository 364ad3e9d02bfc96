using System.Text;
using Sitecast.Content;
using Sitecast.Diagnostics;

namespace Sitecast.Cache;

/// <summary>
/// One part of the Markdown index as a binary file: each rendered body as length-prefixed UTF-8. Rendered HTML is
/// full of quotes, which JSON escapes; reading them back through the unescaping path made loading the index of
/// 4,000 posts the larger part of reading them in a build after one edit.
/// </summary>
public static class MarkdownIndexFile
{
    private const string Magic = "sitecast-markdown";
    private const int Version = 1;

    public static void Write(Stream stream, IReadOnlyDictionary<string, RenderedMarkdown> entries)
    {
        // Bodies with images are never cached (their files are checked every build), so they are not stored.
        var stored = entries.Where(e => e.Value.Images.Count == 0).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        new CacheFileHeader(Magic, Version).WriteTo(writer);
        writer.Write7BitEncodedInt(stored.Count);
        foreach (var (key, rendered) in stored)
        {
            writer.Write(key);
            rendered.Body.WriteTo(writer);
            writer.Write(rendered.FirstParagraph);
            writer.Write7BitEncodedInt(rendered.WordCount);
            writer.Write7BitEncodedInt(rendered.Links.Count);
            foreach (var (url, location) in rendered.Links.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                writer.Write(url);
                writer.Write(location.Path);
                writer.Write7BitEncodedInt(location.Line);
                writer.Write7BitEncodedInt(location.Column);
            }
        }
    }

    /// <summary>
    /// The stored bodies by key; null for a file of another version, or a damaged one. Their HTML stays in
    /// <paramref name="file"/> as UTF-8 until it is needed (see <see cref="BodyHtml"/>).
    /// </summary>
    public static Dictionary<string, RenderedMarkdown>? Read(byte[] file)
    {
        try
        {
            using var stream = new MemoryStream(file, writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (!new CacheFileHeader(Magic, Version).IsReadFrom(reader)) return null;
            int count = reader.ReadCount();
            var entries = new Dictionary<string, RenderedMarkdown>(count, StringComparer.Ordinal);
            for (int e = 0; e < count; e++)
            {
                string key = reader.ReadString();
                int htmlLength = reader.ReadCount();
                var html = BodyHtml.FromUtf8(file.AsMemory((int)stream.Position, htmlLength), key);
                stream.Seek(htmlLength, SeekOrigin.Current);
                string firstParagraph = reader.ReadString();
                int wordCount = reader.Read7BitEncodedInt();
                int linkCount = reader.ReadCount();
                var links = new Dictionary<string, SourceLocation>(linkCount, StringComparer.Ordinal);
                for (int i = 0; i < linkCount; i++)
                    links[reader.ReadString()] = new SourceLocation(reader.ReadString(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
                entries[key] = new RenderedMarkdown(html, firstParagraph, wordCount) { Links = links };
            }

            return entries;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
