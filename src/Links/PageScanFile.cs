using System.Text;
using Sitecast.Cache;

namespace Sitecast.Links;

/// <summary>
/// The link checker's scans as a compact binary file. A large site has a hundred thousand link attributes whose
/// values repeat from page to page (menu, footer, tags): each distinct text is stored once and pages refer to it
/// by number. Read back in a few milliseconds, where the same data as JSON took longer than scanning the pages.
/// </summary>
public static class PageScanFile
{
    private const string Magic = "sitecast-links";
    private const int Version = 1;

    public static void Write(Stream stream, string outputRoot, IReadOnlyDictionary<string, PageScan> scans)
    {
        var pages = scans.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        // Scans taken over from the last build share their texts' instances (one per distinct text, see Read): looked
        // up by reference first, the same text is not hashed again for each of a hundred thousand attributes.
        var byReference = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
        var strings = new List<string>();
        int Index(string text)
        {
            if (byReference.TryGetValue(text, out int index)) return index;
            if (!table.TryGetValue(text, out index))
            {
                index = table[text] = strings.Count;
                strings.Add(text);
            }

            byReference[text] = index;
            return index;
        }

        // The numbers in the order they are written, each text looked up once.
        var numbers = new List<int>(pages.Count * 64);
        foreach (var (page, scan) in pages)
        {
            numbers.Add(Index(page));
            numbers.Add(Index(scan.Key));
            foreach (string id in scan.Ids) numbers.Add(Index(id));
            foreach (HtmlAttribute link in scan.Links)
            {
                numbers.Add(Index(link.Name));
                numbers.Add(Index(link.Value));
            }
        }

        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        new CacheFileHeader(Magic, Version, outputRoot).WriteTo(writer);
        writer.Write7BitEncodedInt(strings.Count);
        foreach (string text in strings) writer.Write(text);
        writer.Write7BitEncodedInt(pages.Count);
        int next = 0;
        foreach (var (_, scan) in pages)
        {
            writer.Write7BitEncodedInt(numbers[next++]);
            writer.Write7BitEncodedInt(numbers[next++]);
            writer.Write7BitEncodedInt(scan.Ids.Length);
            for (int i = 0; i < scan.Ids.Length; i++) writer.Write7BitEncodedInt(numbers[next++]);
            writer.Write7BitEncodedInt(scan.Links.Length);
            foreach (HtmlAttribute link in scan.Links)
            {
                writer.Write7BitEncodedInt(numbers[next++]);
                writer.Write7BitEncodedInt(numbers[next++]);
                writer.Write7BitEncodedInt(link.Offset);
            }
        }
    }

    /// <summary>The scans stored for <paramref name="outputRoot"/>; null when the file is of another folder, version or damaged.</summary>
    public static Dictionary<string, PageScan>? Read(Stream stream, string outputRoot)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (!new CacheFileHeader(Magic, Version, outputRoot).IsReadFrom(reader)) return null;
            var strings = new string[reader.ReadCount()];
            for (int i = 0; i < strings.Length; i++) strings[i] = reader.ReadString();
            string Text() => strings[reader.Read7BitEncodedInt()];

            int pageCount = reader.ReadCount();
            var scans = new Dictionary<string, PageScan>(pageCount, StringComparer.Ordinal);
            for (int p = 0; p < pageCount; p++)
            {
                string page = Text();
                string key = Text();
                var ids = new string[reader.ReadCount()];
                for (int i = 0; i < ids.Length; i++) ids[i] = Text();
                var links = new HtmlAttribute[reader.ReadCount()];
                for (int i = 0; i < links.Length; i++) links[i] = new HtmlAttribute(Text(), Text(), reader.Read7BitEncodedInt());
                scans[page] = new PageScan(key, ids, links);
            }

            return scans;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            return null;
        }
    }
}
