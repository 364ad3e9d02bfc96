using System.Globalization;
using System.Text;

namespace Sitecast.Podcast;

/// <summary>
/// Writes <see cref="PublishedRecord"/> as YAML meant for diffs: a fixed header, oldest episode first (a new one is
/// added at the end), one key per line in a fixed order, every text double-quoted with YAML escapes, so a GUID of
/// any shape (a URL, quotes, spaces) reads back byte for byte. The same record always gives the same bytes.
/// </summary>
public static class PublishedRecordText
{
    public const string Header = """
        # Every episode this podcast has published or scheduled, with the GUID podcast apps know it by.
        # COMMIT THIS FILE. `sitecast build` adds an episode here when it first publishes it; a build on a fresh
        # machine (CI) reads it to keep every GUID and to refuse a feed that would drop or change a published one.
        # `sitecast check` fails when the file is out of date. To remove an episode for good, list its GUID under
        # `retired:` in podcast/podcast.yml.

        """;

    public static string Write(PublishedRecord record)
    {
        var text = new StringBuilder(Header);
        if (record.PodcastGuid is { } podcastGuid) text.Append("podcastGuid: ").Append(Quoted(podcastGuid)).Append('\n');
        text.Append("episodes:");
        if (record.Episodes.Count == 0) text.Append(" []");
        text.Append('\n');
        foreach (PublishedRecordEntry entry in Sorted(record.Episodes))
        {
            text.Append("  - guid: ").Append(Quoted(entry.Guid)).Append('\n');
            text.Append("    title: ").Append(Quoted(entry.Title)).Append('\n');
            if (entry.Published is { } published)
                text.Append("    published: ").Append(published.ToString(PublishedRecord.DateFormat, CultureInfo.InvariantCulture)).Append('\n');
            if (entry.Page is { } page) text.Append("    page: ").Append(Quoted(page)).Append('\n');
            if (entry.Integrity is { } integrity) text.Append("    integrity: ").Append(Quoted(integrity)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Oldest first; entries without a date (imported) before all others; ties by GUID, ordinal.</summary>
    public static IEnumerable<PublishedRecordEntry> Sorted(IEnumerable<PublishedRecordEntry> entries) =>
        entries.OrderBy(e => e.Published?.UtcTicks ?? long.MinValue).ThenBy(e => e.Guid, StringComparer.Ordinal);

    /// <summary>A YAML double-quoted scalar: backslash, quote and every character YAML would fold or refuse are escaped.</summary>
    public static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (char c in value)
        {
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case '"': text.Append("\\\""); break;
                case '\n': text.Append(@"\n"); break;
                case '\t': text.Append(@"\t"); break;
                case < ' ' or '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF':
                    text.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: text.Append(c); break;
            }
        }

        return text.Append('"').ToString();
    }
}
