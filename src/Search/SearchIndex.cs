using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Sitecast.Search;

/// <summary>
/// Writes the static search index, site/search-index.json:
/// <code>{"version":1,"docs":[[url,title,kind,excerpt],…],"terms":{"term":[doc,score,doc,score,…],…}}</code>
/// Terms are sorted; each lists the documents it occurs in (by position in docs) with a score:
/// title 8, tags 6, description 4, plus one per occurrence in the text, up to 5.
/// </summary>
public static class SearchIndex
{
    public const int Version = 1;
    public const int TitleWeight = 8;
    public const int TagWeight = 6;
    public const int DescriptionWeight = 4;
    public const int TextCap = 5;
    public const int ExcerptLength = 180;

    private static readonly JsonWriterOptions Options = new()
    {
        // Readable umlauts and no \u escapes for them: smaller, and still safe as a static JSON file.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    // Entries per run scored on one thread. Small sites are a single run; a large one gives every core several
    // runs to take, so a core that is also rendering pages holds up no one.
    private const int RunLength = 128;

    /// <summary>The index as text, for tests and tools; the build writes <see cref="BuildUtf8"/>.</summary>
    public static string Build(IReadOnlyList<SearchEntry> entries) => Encoding.UTF8.GetString(BuildUtf8(entries));

    /// <summary>
    /// The index file's bytes: UTF-8 without a byte order mark, ending with a newline. With
    /// <paramref name="scoresPath"/>, entries unchanged since the index stored there are not scored again, and the
    /// new index is stored there for the next build.
    /// </summary>
    public static byte[] BuildUtf8(IReadOnlyList<SearchEntry> entries, string? scoresPath = null)
    {
        UInt128[]? keys = scoresPath is null ? null : [.. entries.Select(EntryKey.Of)];
        StoredScores? stored = scoresPath is null ? null : StoredScores.Load(scoresPath);
        bool[]? reused = null;
        int[]? current = stored?.Match(keys!, out reused);
        var fresh = Enumerable.Range(0, entries.Count).Where(doc => reused is null || !reused[doc]).ToList();

        // The stored entries' postings first, then the fresh entries' merged in, so that every term's postings are
        // in entry order, as scoring every entry would have left them.
        var terms = stored?.Postings(current!) ?? new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (TermTable table in Score(entries, fresh))
        {
            foreach (var (term, tally) in table.Terms)
            {
                ref List<int>? postings = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, term, out _);
                postings = postings is null ? tally.Postings : MergeByEntry(postings, tally.Postings);
            }
        }

        // An entry that moved (a post given another date) took its stored postings out of order.
        if (current is not null && !IsAscending(current))
            foreach (List<int> postings in terms.Values) SortByEntry(postings);

        // Sorted once, at the end: ordinal, as search.js expects.
        string[] sortedTerms = [.. terms.Keys];
        Array.Sort(sortedTerms, StringComparer.Ordinal);
        if (scoresPath is not null && (stored is null || fresh.Count > 0 || stored.Count != entries.Count))
            StoredScores.Save(scoresPath, keys!, sortedTerms, terms);

        var buffer = new ArrayBufferWriter<byte>(EstimatedSize(entries, sortedTerms, terms));
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("docs");
            foreach (SearchEntry entry in entries)
            {
                json.WriteStartArray();
                json.WriteStringValue(entry.Url);
                json.WriteStringValue(entry.Title);
                json.WriteStringValue(entry.Kind);
                json.WriteStringValue(Shorten(entry.Excerpt));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartObject("terms");
            var postings = new ArrayBufferWriter<byte>(4 * 1024);
            foreach (string term in sortedTerms)
            {
                // The writer escapes the term; the postings are plain numbers, written as one raw array (a writer
                // call per number took three times as long for the 4,000-post corpus, about a million numbers).
                json.WritePropertyName(term);
                postings.ResetWrittenCount();
                WriteNumberArray(CollectionsMarshal.AsSpan(terms[term]), postings);
                json.WriteRawValue(postings.WrittenSpan, skipInputValidation: true);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        byte[] file = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(file);
        file[^1] = (byte)'\n';
        return file;
    }

    /// <summary>
    /// About what the index will take (text counted a quarter larger for letters that take two bytes), so its buffer
    /// is not doubled a dozen times on the way: a large site's index is megabytes, and every doubling copies it and
    /// leaves the old buffer to the garbage collector. Should it be short, the buffer still grows.
    /// </summary>
    private static int EstimatedSize(IReadOnlyList<SearchEntry> entries, string[] sortedTerms, Dictionary<string, List<int>> terms)
    {
        long chars = 0, numbers = 0;
        foreach (SearchEntry entry in entries)
            chars += 16 + entry.Url.Length + entry.Title.Length + entry.Kind.Length + Math.Min(entry.Excerpt.Length, ExcerptLength + 2);
        foreach (string term in sortedTerms)
        {
            chars += 8 + term.Length;
            numbers += terms[term].Count;
        }

        // A posting is two numbers, an entry and a score, each a few digits and a comma.
        return (int)Math.Min(64 * 1024 + chars * 5 / 4 + numbers * 5, Array.MaxLength);
    }

    /// <summary>The terms of the given entries, one table per run of entries, in entry order.</summary>
    private static TermTable[] Score(IReadOnlyList<SearchEntry> entries, List<int> docs)
    {
        var tables = new TermTable[(docs.Count + RunLength - 1) / RunLength];
        Parallel.For(0, tables.Length, run =>
        {
            var table = new TermTable();
            for (int i = run * RunLength; i < Math.Min(docs.Count, (run + 1) * RunLength); i++) table.AddEntry(docs[i], entries[docs[i]]);
            tables[run] = table;
        });
        return tables;
    }

    /// <summary>Two lists of (entry, score) pairs, each in entry order, as one in entry order.</summary>
    private static List<int> MergeByEntry(List<int> first, List<int> second)
    {
        if (first[^2] < second[0])
        {
            first.AddRange(second);
            return first;
        }

        var merged = new List<int>(first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count && j < second.Count)
        {
            List<int> from = first[i] < second[j] ? first : second;
            int at = from == first ? i : j;
            merged.Add(from[at]);
            merged.Add(from[at + 1]);
            if (from == first) i += 2;
            else j += 2;
        }

        for (; i < first.Count; i++) merged.Add(first[i]);
        for (; j < second.Count; j++) merged.Add(second[j]);
        return merged;
    }

    private static bool IsAscending(int[] docs)
    {
        int last = -1;
        foreach (int doc in docs)
        {
            if (doc < 0) continue;
            if (doc < last) return false;
            last = doc;
        }

        return true;
    }

    /// <summary>Puts (entry, score) pairs in entry order.</summary>
    private static void SortByEntry(List<int> postings)
    {
        var pairs = new long[postings.Count / 2];
        for (int i = 0; i < pairs.Length; i++) pairs[i] = ((long)postings[2 * i] << 32) | (uint)postings[2 * i + 1];
        Array.Sort(pairs);
        for (int i = 0; i < pairs.Length; i++)
        {
            postings[2 * i] = (int)(pairs[i] >> 32);
            postings[2 * i + 1] = (int)pairs[i];
        }
    }

    /// <summary>Writes <c>[1,2,3]</c>, as Utf8JsonWriter writes an array of numbers without indentation.</summary>
    private static void WriteNumberArray(ReadOnlySpan<int> values, ArrayBufferWriter<byte> target)
    {
        const int MaxDigits = 11; // "-2147483648"
        Span<byte> span = target.GetSpan(2 + values.Length * (MaxDigits + 1));
        int length = 0;
        span[length++] = (byte)'[';
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0) span[length++] = (byte)',';
            values[i].TryFormat(span[length..], out int written, provider: CultureInfo.InvariantCulture);
            length += written;
        }

        span[length++] = (byte)']';
        target.Advance(length);
    }

    /// <summary>Every term of an entry with its score, sorted by term.</summary>
    public static IEnumerable<(string Term, int Score)> Score(SearchEntry entry)
    {
        var table = new TermTable();
        table.AddEntry(0, entry);
        return table.Terms
            .Select(t => (t.Key, t.Value.Postings[1]))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>At most <see cref="ExcerptLength"/> characters, cut at a word, with an ellipsis.</summary>
    public static string Shorten(string text)
    {
        text = text.Trim();
        if (text.Length <= ExcerptLength) return text;
        int cut = text.LastIndexOf(' ', ExcerptLength);
        return text[..(cut > ExcerptLength / 2 ? cut : ExcerptLength)].TrimEnd(',', ';', ':', '.', ' ') + " …";
    }
}
