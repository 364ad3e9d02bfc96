using System.Text;
using Sitecast.Search;

namespace Sitecast.Incremental;

/// <summary>
/// The last build's index as a compact binary file (.sitecast-cache/search/scores.bin): the key of every entry,
/// and every term with its postings (entry, score). A build reads the words of only the entries whose key is new;
/// the others' postings come from here. Keyed by the program build, as the scoring rules live in the program; a
/// file that is missing, damaged or of another build is ignored (every entry is scored).
/// </summary>
public sealed class StoredScores
{
    private const string Magic = "sitecast-search-scores";
    private const int Version = 1;

    private static readonly string ProgramKey = $"{ProgramBuild.Id}/{SearchIndex.Version}";

    private readonly UInt128[] _keys;
    private readonly string[] _terms;
    private readonly int[][] _postings;

    private StoredScores(UInt128[] keys, string[] terms, int[][] postings)
    {
        _keys = keys;
        _terms = terms;
        _postings = postings;
    }

    /// <summary>The entries of the stored index.</summary>
    public int Count => _keys.Length;

    /// <summary>
    /// For each stored entry, the entry of this build with the same key, or -1; <paramref name="found"/> marks the
    /// entries of this build that were matched. A key is matched once, should two entries ever share one.
    /// </summary>
    public int[] Match(IReadOnlyList<UInt128> keys, out bool[] found)
    {
        var byKey = new Dictionary<UInt128, int>(_keys.Length);
        for (int stored = 0; stored < _keys.Length; stored++) byKey.TryAdd(_keys[stored], stored);
        int[] current = new int[_keys.Length];
        Array.Fill(current, -1);
        found = new bool[keys.Count];
        for (int doc = 0; doc < keys.Count; doc++)
        {
            if (byKey.Remove(keys[doc], out int stored))
            {
                current[stored] = doc;
                found[doc] = true;
            }
        }

        return current;
    }

    /// <summary>
    /// The postings of the matched entries under their numbers in this build (see <see cref="Match"/>), term by
    /// term in the stored order, which is the index's; a term no matched entry has is left out. Renumbered in place:
    /// the arrays were read for this one use.
    /// </summary>
    public List<IndexTerm> Renumbered(int[] current)
    {
        // An entry that moved (a post given another date) takes its postings out of entry order.
        bool inOrder = PostingOrder.IsAscending(current);
        var terms = new List<IndexTerm>(_terms.Length);
        for (int t = 0; t < _terms.Length; t++)
        {
            int[] pairs = _postings[t];
            int length = 0;
            for (int i = 0; i < pairs.Length; i += 2)
            {
                int doc = current[pairs[i]];
                if (doc < 0) continue;
                pairs[length++] = doc;
                pairs[length++] = pairs[i + 1];
            }

            if (length == 0) continue;
            if (!inOrder) PostingOrder.Sort(pairs.AsSpan(0, length));
            terms.Add(new IndexTerm(_terms[t], pairs, length));
        }

        return terms;
    }

    /// <summary>The stored index, or null when there is none this build can use.</summary>
    public static StoredScores? Load(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            // Read whole: a megabyte or two, of which every byte is needed, and BinaryReader is far quicker on memory.
            using var stream = new MemoryStream(File.ReadAllBytes(path));
            return Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static StoredScores? Read(Stream stream)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (!new CacheFileHeader(Magic, Version, ProgramKey).IsReadFrom(reader)) return null;
            var keys = new UInt128[reader.ReadCount()];
            for (int doc = 0; doc < keys.Length; doc++)
            {
                ulong lower = reader.ReadUInt64();
                keys[doc] = new UInt128(reader.ReadUInt64(), lower);
            }

            var terms = new string[reader.ReadCount()];
            var postings = new int[terms.Length][];
            for (int t = 0; t < terms.Length; t++)
            {
                terms[t] = reader.ReadString();
                var pairs = postings[t] = new int[reader.ReadCount() * 2];
                int doc = -1;
                for (int i = 0; i < pairs.Length; i += 2)
                {
                    // Entries in ascending order, each stored as the step from the one before.
                    doc += 1 + reader.Read7BitEncodedInt();
                    if (doc >= keys.Length) throw new FormatException("posting of an unknown entry");
                    pairs[i] = doc;
                    pairs[i + 1] = reader.Read7BitEncodedInt();
                }
            }

            return new StoredScores(keys, terms, postings);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Saves an index: the key of each entry, and the postings of each term, in the index's own order.</summary>
    public static void Save(string path, IReadOnlyList<UInt128> keys, IReadOnlyList<IndexTerm> terms) =>
        BuildCache.WriteAtomically(path, stream => Write(stream, keys, terms));

    public static void Write(Stream stream, IReadOnlyList<UInt128> keys, IReadOnlyList<IndexTerm> terms)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        new CacheFileHeader(Magic, Version, ProgramKey).WriteTo(writer);
        writer.Write7BitEncodedInt(keys.Count);
        foreach (UInt128 key in keys)
        {
            writer.Write((ulong)key);
            writer.Write((ulong)(key >> 64));
        }

        writer.Write7BitEncodedInt(terms.Count);
        foreach (IndexTerm term in terms)
        {
            ReadOnlySpan<int> postings = term.Postings;
            writer.Write(term.Term);
            writer.Write7BitEncodedInt(postings.Length / 2);
            int previous = -1;
            for (int i = 0; i < postings.Length; i += 2)
            {
                writer.Write7BitEncodedInt(postings[i] - previous - 1);
                writer.Write7BitEncodedInt(postings[i + 1]);
                previous = postings[i];
            }
        }
    }
}
