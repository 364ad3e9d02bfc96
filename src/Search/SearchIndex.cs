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

    /// <summary>The index file's bytes: UTF-8 without a byte order mark, ending with a newline.</summary>
    public static byte[] BuildUtf8(IReadOnlyList<SearchEntry> entries)
    {
        var tables = new TermTable[(entries.Count + RunLength - 1) / RunLength];
        Parallel.For(0, tables.Length, run =>
        {
            var table = new TermTable();
            for (int doc = run * RunLength; doc < Math.Min(entries.Count, (run + 1) * RunLength); doc++) table.AddEntry(doc, entries[doc]);
            tables[run] = table;
        });

        // Appended in run order, each term's postings stay in document order, as the scoring of one entry after
        // another would have left them.
        var terms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (TermTable table in tables)
        {
            foreach (var (term, tally) in table.Terms)
            {
                ref List<int>? postings = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, term, out _);
                if (postings is null) postings = tally.Postings;
                else postings.AddRange(tally.Postings);
            }
        }

        // Sorted once, at the end: ordinal, as search.js expects.
        string[] sortedTerms = [.. terms.Keys];
        Array.Sort(sortedTerms, StringComparer.Ordinal);

        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
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
