using System.IO.Hashing;
using Sitecast.Search;

namespace Sitecast.Incremental;

/// <summary>
/// A fingerprint of everything an entry's scores are made from (and of its URL, so that no two entries of a site
/// share one): an entry with the same key as in the last build has the same terms and scores, which are then
/// taken from <see cref="StoredScores"/> instead of being read out of its text again.
/// </summary>
public static class EntryKey
{
    /// <summary>The keys of all entries, with one hasher.</summary>
    public static UInt128[] Of(IReadOnlyList<SearchEntry> entries)
    {
        var hash = new XxHash128();
        var keys = new UInt128[entries.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = Of(entries[i], hash);
            hash.Reset();
        }

        return keys;
    }

    public static UInt128 Of(SearchEntry entry) => Of(entry, new XxHash128());

    private static UInt128 Of(SearchEntry entry, XxHash128 hash)
    {
        hash.AppendText(entry.Url);
        hash.AppendText(entry.Title);
        hash.AppendText(entry.Description ?? "\0");
        hash.AppendNumber(entry.Tags.Count);
        foreach (string tag in entry.Tags) hash.AppendText(tag);
        hash.AppendText(entry.Text);
        // A body's key in the Markdown index stands for its HTML, which then is not read.
        hash.AppendText(entry.Html.Key is null ? "t" : "k");
        hash.AppendText(entry.Html.Key ?? entry.Html.Decode());
        return hash.GetCurrentHashAsUInt128();
    }
}
