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

    public static string Build(IReadOnlyList<SearchEntry> entries)
    {
        var terms = new SortedDictionary<string, List<(int Doc, int Score)>>(StringComparer.Ordinal);
        for (int doc = 0; doc < entries.Count; doc++)
        {
            foreach (var (term, score) in Score(entries[doc]))
            {
                if (!terms.TryGetValue(term, out var postings)) terms[term] = postings = [];
                postings.Add((doc, score));
            }
        }

        using var buffer = new MemoryStream();
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
            foreach (var (term, postings) in terms)
            {
                json.WriteStartArray(term);
                foreach (var (doc, score) in postings)
                {
                    json.WriteNumberValue(doc);
                    json.WriteNumberValue(score);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Every term of an entry with its score, sorted by term.</summary>
    public static IEnumerable<(string Term, int Score)> Score(SearchEntry entry)
    {
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        void AddOnce(IEnumerable<string> terms, int weight)
        {
            foreach (string term in terms.Distinct()) scores[term] = scores.GetValueOrDefault(term) + weight;
        }

        AddOnce(SearchText.IndexTerms(entry.Title), TitleWeight);
        AddOnce(entry.Tags.SelectMany(SearchText.IndexTerms), TagWeight);
        AddOnce(SearchText.IndexTerms(entry.Description ?? ""), DescriptionWeight);
        foreach (var group in SearchText.IndexTerms(entry.Text).GroupBy(t => t, StringComparer.Ordinal))
            scores[group.Key] = scores.GetValueOrDefault(group.Key) + Math.Min(group.Count(), TextCap);
        return scores.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value));
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
