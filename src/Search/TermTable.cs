using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using Sitecast.Content;

namespace Sitecast.Search;

/// <summary>
/// The terms of a run of consecutive entries, each with its postings in document order. The index scores runs on
/// several threads at once, one table per run, and appends the tables in run order.
/// </summary>
internal sealed class TermTable : ITermSink
{
    private readonly Dictionary<string, TermTally> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TermTally>.AlternateLookup<ReadOnlySpan<char>> _termsBySpan;

    // Every word as written, with the terms it stands for. A site's texts use a few thousand words over and over:
    // a word seen before costs one lookup, and is folded and stemmed only the first time in a run. Looking up by
    // span makes a string only for a new word or term, never per occurrence.
    private readonly WordTable _words = new();

    private readonly List<TermTally> _termsOfWord = [];
    private readonly List<TermTally> _inEntry = [];
    private int _doc;

    private readonly bool _english;

    /// <param name="english">Whether the entries are in English, which is stemmed by its own rules.</param>
    public TermTable(bool english = false)
    {
        _english = english;
        _termsBySpan = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Dictionary<string, TermTally> Terms => _terms;

    /// <summary>
    /// Scores the terms of one entry and appends (doc, score) to each term's postings: title 8, tags 6,
    /// description 4, each once, plus one per occurrence in the text, up to 5.
    /// </summary>
    public void AddEntry(int doc, SearchEntry entry)
    {
        _doc = doc;
        _inEntry.Clear();
        AddField(TermField.Title, entry.Title);
        foreach (string tag in entry.Tags) AddField(TermField.Tags, tag);
        AddField(TermField.Description, entry.Description ?? "");
        AddField(TermField.Text, entry.Text);
        if (!entry.Html.IsEmpty) AddHtml(entry.Html);
        foreach (TermTally tally in _inEntry)
        {
            tally.Postings.Add(doc);
            tally.Postings.Add(tally.Weight + Math.Min(tally.TextCount, SearchIndex.TextCap));
        }
    }

    /// <summary>A term of a word seen for the first time: found or made in the table.</summary>
    void ITermSink.Add(ReadOnlySpan<char> term)
    {
        ref TermTally? tally = ref CollectionsMarshal.GetValueRefOrAddDefault(_termsBySpan, term, out _);
        _termsOfWord.Add(tally ??= new TermTally());
    }

    private void AddField(TermField field, string text) => AddWords(field, SearchText.EnumerateWords(text));

    private void AddHtml(BodyHtml html)
    {
        // Without entities, the words of HTML between its tags are the words of its text (whitespace only separates
        // them), so they are read straight out of it, decoded into a borrowed buffer. With entities, the text is
        // made first: only HtmlToText decodes them the way the index always has.
        ReadOnlySpan<byte> utf8 = html.AsUtf8();
        if (utf8.Contains((byte)'&'))
        {
            AddField(TermField.Text, HtmlToText.Of(html.Decode()));
            return;
        }

        // UTF-8 never has fewer bytes than the text has characters.
        char[] buffer = ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            int length = Encoding.UTF8.GetChars(utf8, buffer);
            AddWords(TermField.Text, new WordEnumerator(buffer.AsSpan(0, length), skipTags: true));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void AddWords(TermField field, WordEnumerator words)
    {
        foreach (ReadOnlySpan<char> word in words)
        {
            ref TermTally[]? terms = ref _words.GetOrAdd(word);
            if (terms is null)
            {
                _termsOfWord.Clear();
                SearchText.IndexTermsOfWord(word, this, _english);
                terms = [.. _termsOfWord];
            }

            foreach (TermTally tally in terms) Count(tally, field);
        }
    }

    private void Count(TermTally tally, TermField field)
    {
        if (tally.Doc != _doc)
        {
            tally.StartEntry(_doc);
            _inEntry.Add(tally);
        }

        if (field == TermField.Text)
        {
            tally.TextCount++;
        }
        else if (tally.LastField != field)
        {
            tally.LastField = field;
            tally.Weight += WeightOf(field);
        }
    }

    private static int WeightOf(TermField field) => field switch
    {
        TermField.Title => SearchIndex.TitleWeight,
        TermField.Tags => SearchIndex.TagWeight,
        TermField.Description => SearchIndex.DescriptionWeight,
        _ => 0,
    };
}
