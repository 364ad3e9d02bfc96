namespace Sitecast.Search;

/// <summary>
/// One term of a <see cref="TermTable"/>: its postings so far, and the tally of the entry being scored, which is
/// reset when the term first occurs in the next entry.
/// </summary>
internal sealed class TermTally
{
    /// <summary>Document, score, document, score …, in document order: the term's array in the index.</summary>
    public List<int> Postings { get; } = [];

    /// <summary>The entry the tally below belongs to; -1 before the term occurs anywhere.</summary>
    public int Doc { get; set; } = -1;

    /// <summary>Title, tag and description weights earned so far in this entry.</summary>
    public int Weight { get; set; }

    /// <summary>The field that last added its weight, so a field counts once however often the term is in it.</summary>
    public TermField LastField { get; set; }

    /// <summary>Occurrences in the entry's text.</summary>
    public int TextCount { get; set; }

    public void StartEntry(int doc)
    {
        Doc = doc;
        Weight = 0;
        LastField = TermField.None;
        TextCount = 0;
    }
}
