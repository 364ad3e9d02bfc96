using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Sitecast.Incremental;

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

    /// <summary>The index as text, for tests and tools; the build writes <see cref="WriteUtf8"/>.</summary>
    public static string Build(IReadOnlyList<SearchEntry> entries, bool english = false) =>
        Encoding.UTF8.GetString(BuildUtf8(entries, english: english));

    /// <summary>The index file's bytes (see <see cref="WriteUtf8"/>).</summary>
    public static byte[] BuildUtf8(IReadOnlyList<SearchEntry> entries, BuildReuse? reuse = null, bool english = false)
    {
        using var bytes = new MemoryStream();
        WriteUtf8(entries, Terms(entries, reuse, english), bytes);
        return bytes.ToArray();
    }

    /// <summary>
    /// Every term of the entries with its postings, in the index's order (ordinal, as search.js expects). With
    /// <paramref name="reuse"/>, entries unchanged since the last build's index are not scored again, and the new
    /// index is kept for the next build. English entries (<paramref name="english"/>) are stemmed by English rules;
    /// their scores are kept apart.
    /// </summary>
    public static IReadOnlyList<IndexTerm> Terms(IReadOnlyList<SearchEntry> entries, BuildReuse? reuse = null, bool english = false)
    {
        bool keeps = reuse?.SearchScores.Keeps == true;
        UInt128[]? keys = keeps ? reuse!.SearchScores.KeysOf(entries) : null;
        var stored = keeps ? reuse!.SearchScores.Load(english) : null;
        bool[]? reused = null;
        int[]? current = stored?.Match(keys!, out reused);
        var fresh = Enumerable.Range(0, entries.Count).Where(doc => reused is null || !reused[doc]).ToList();

        // The fresh entries' postings by term. The runs are scored in entry order, so each run's postings of a term
        // follow the last run's.
        var freshTerms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (TermTable table in Score(entries, fresh, english))
        {
            foreach (var (term, tally) in table.Terms)
            {
                ref List<int>? postings = ref CollectionsMarshal.GetValueRefOrAddDefault(freshTerms, term, out _);
                if (postings is null) postings = tally.Postings;
                else postings.AddRange(tally.Postings);
            }
        }

        string[] freshSorted = [.. freshTerms.Keys];
        Array.Sort(freshSorted, StringComparer.Ordinal);

        // The stored entries' postings are in the stored terms' order, which is the index's: the two term lists are
        // merged, and only a term that both have gets a new array.
        List<IndexTerm> kept = stored?.Renumbered(current!) ?? [];
        var terms = new List<IndexTerm>(kept.Count + freshSorted.Length);
        int k = 0, f = 0;
        while (k < kept.Count || f < freshSorted.Length)
        {
            int order = k == kept.Count ? 1 : f == freshSorted.Length ? -1 : string.CompareOrdinal(kept[k].Term, freshSorted[f]);
            if (order < 0)
            {
                terms.Add(kept[k++]);
                continue;
            }

            string term = freshSorted[f++];
            List<int> added = freshTerms[term];
            if (order > 0)
            {
                terms.Add(new IndexTerm(term, added));
                continue;
            }

            int[] merged = PostingOrder.Merge(kept[k++].Postings, CollectionsMarshal.AsSpan(added));
            terms.Add(new IndexTerm(term, merged, merged.Length));
        }

        if (keeps && (stored is null || fresh.Count > 0 || stored.Count != entries.Count))
            reuse!.SearchScores.Save(english, keys!, terms);
        return terms;
    }

    /// <summary>
    /// Writes the index file: UTF-8 without a byte order mark, ending with a newline. Streamed, so a large site's
    /// index (megabytes) is never held in memory whole.
    /// </summary>
    public static void WriteUtf8(IReadOnlyList<SearchEntry> entries, IReadOnlyList<IndexTerm> terms, Stream output)
    {
        const int FlushAt = 1 << 16;
        using (var json = new Utf8JsonWriter(output, Options))
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
                if (json.BytesPending > FlushAt) json.Flush();
            }

            json.WriteEndArray();
            json.WriteStartObject("terms");
            var postings = new ArrayBufferWriter<byte>(4 * 1024);
            foreach (IndexTerm term in terms)
            {
                // The writer escapes the term; the postings are plain numbers, written as one raw array: a writer
                // call per number is slow for the million numbers of a large site (docs/performance.md).
                json.WritePropertyName(term.Term);
                postings.ResetWrittenCount();
                WriteNumberArray(term.Postings, postings);
                json.WriteRawValue(postings.WrittenSpan, skipInputValidation: true);
                if (json.BytesPending > FlushAt) json.Flush();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    /// <summary>The terms of the given entries, one table per run of entries, in entry order.</summary>
    private static TermTable[] Score(IReadOnlyList<SearchEntry> entries, List<int> docs, bool english)
    {
        var tables = new TermTable[(docs.Count + RunLength - 1) / RunLength];
        Parallel.For(0, tables.Length, run =>
        {
            var table = new TermTable(english);
            for (int i = run * RunLength; i < Math.Min(docs.Count, (run + 1) * RunLength); i++) table.AddEntry(docs[i], entries[docs[i]]);
            tables[run] = table;
        });
        return tables;
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
