using System.Text;
using Microsoft.Win32.SafeHandles;
using Sitecast.Content;
using Sitecast.Diagnostics;

namespace Sitecast.Incremental;

/// <summary>
/// One part of the Markdown index as a binary file: each rendered body as length-prefixed UTF-8. Rendered HTML is
/// full of quotes, which JSON escapes, and reading them back through the unescaping path was the slow part of a
/// build after one edit (docs/performance.md).
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

    /// <summary>The stored bodies by key, their HTML as slices of <paramref name="file"/>; null for a file of another version, or a damaged one.</summary>
    public static Dictionary<string, RenderedMarkdown>? Read(byte[] file) =>
        Read(new MemoryStream(file, writable: false), (offset, length, key) => BodyHtml.FromUtf8(file.AsMemory((int)offset, length), key));

    /// <summary>
    /// The stored bodies of an index file by key; null for a file of another version, or a damaged one. Their HTML
    /// is left in the file, read when it is first needed (see <see cref="BodyHtml"/>), from a handle kept open:
    /// the file may be replaced meanwhile, never changed in place, so the handle still reads the bodies listed here.
    /// </summary>
    public static Dictionary<string, RenderedMarkdown>? Read(string path)
    {
        SafeFileHandle file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Dictionary<string, RenderedMarkdown>? entries;
        try
        {
            // Read through a second handle to the same open file that does not close it: the bodies are read later.
            using var stream = new FileStream(new SafeFileHandle(file.DangerousGetHandle(), ownsHandle: false), FileAccess.Read, bufferSize: 1 << 16);
            entries = Read(stream, (offset, length, key) => BodyHtml.Stored(length, key, () => ReadAt(file, offset, length)));
        }
        catch
        {
            file.Dispose();
            throw;
        }

        if (entries is null || entries.Count == 0) file.Dispose();
        return entries;
    }

    private static Dictionary<string, RenderedMarkdown>? Read(Stream stream, Func<long, int, string, BodyHtml> body)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (!new CacheFileHeader(Magic, Version).IsReadFrom(reader)) return null;
            int count = reader.ReadCount();
            var entries = new Dictionary<string, RenderedMarkdown>(count, StringComparer.Ordinal);
            for (int e = 0; e < count; e++)
            {
                string key = reader.ReadString();
                int htmlLength = reader.ReadCount();
                long htmlStart = stream.Position;
                if (htmlStart + htmlLength > stream.Length) throw new EndOfStreamException();
                BodyHtml html = body(htmlStart, htmlLength, key);
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
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException or IOException)
        {
            return null;
        }
    }

    private static byte[] ReadAt(SafeFileHandle file, long offset, int length)
    {
        byte[] bytes = new byte[length];
        if (Engine.FileRange.Read(file, offset, bytes) < length)
            throw new IOException("the Markdown index file ended before a body it lists");
        return bytes;
    }
}
