using System.Runtime.InteropServices;
using System.Text;
using Sitecast.Links;

namespace Sitecast.Incremental;

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
        var strings = new List<string>();
        int Index(string text)
        {
            ref int index = ref CollectionsMarshal.GetValueRefOrAddDefault(table, text, out bool known);
            if (!known)
            {
                index = strings.Count;
                strings.Add(text);
            }

            return index;
        }

        // A scan taken over from the last build keeps the numbers its texts had in the last file: each text of that
        // file is looked up once, not once for each of a hundred thousand attributes that use it.
        string[]? storedTable = null;
        int[] renumbered = [];
        int Renumber(StoredTexts stored, int number)
        {
            if (!ReferenceEquals(stored.Table, storedTable))
            {
                storedTable = stored.Table;
                renumbered = new int[storedTable.Length];
                Array.Fill(renumbered, -1);
            }

            ref int index = ref renumbered[number];
            if (index < 0) index = Index(storedTable[number]);
            return index;
        }

        // The numbers in the order they are written.
        var numbers = new List<int>(pages.Count * 64);
        foreach (var (page, scan) in pages)
        {
            // Only a scan as it was read (its page and key the stored ones) is written from its numbers.
            if (scan.Stored is { } stored && stored.Table[stored.Numbers[stored.Start]] == page
                && stored.Table[stored.Numbers[stored.Start + 1]] == scan.Key)
            {
                int count = 2 + scan.Ids.Length + 2 * scan.Links.Length;
                for (int i = stored.Start; i < stored.Start + count; i++) numbers.Add(Renumber(stored, stored.Numbers[i]));
                continue;
            }

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
            // Every text's number is kept, for writing the scans taken over again (see Write).
            var numbers = new List<int>();
            string Text()
            {
                int number = reader.Read7BitEncodedInt();
                string text = strings[number];
                numbers.Add(number);
                return text;
            }

            int pageCount = reader.ReadCount();
            var scans = new Dictionary<string, PageScan>(pageCount, StringComparer.Ordinal);
            for (int p = 0; p < pageCount; p++)
            {
                int start = numbers.Count;
                string page = Text();
                string key = Text();
                var ids = new string[reader.ReadCount()];
                for (int i = 0; i < ids.Length; i++) ids[i] = Text();
                var links = new HtmlAttribute[reader.ReadCount()];
                for (int i = 0; i < links.Length; i++) links[i] = new HtmlAttribute(Text(), Text(), reader.Read7BitEncodedInt());
                scans[page] = new PageScan(key, ids, links) { Stored = new StoredTexts(strings, numbers, start) };
            }

            return scans;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            return null;
        }
    }
}
