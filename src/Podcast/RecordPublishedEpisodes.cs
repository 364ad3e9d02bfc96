using Sitecast.Build;
using Sitecast.Diagnostics;

namespace Sitecast.Podcast;

/// <summary>
/// Brings podcast/published.yml up to date with this build: one entry per episode in podcast/ (scheduled ones too,
/// so CI publishes them on their day with the GUID recorded now), keyed by GUID. An entry keeps its first
/// publication date once that date has passed; title, page and audio hash follow the episode, so a later rename or
/// re-encode is still recognised on a fresh machine. Episodes removed on purpose (retired, or allowed) leave it.
/// `build` stages the new text for after the swap, `check` reports a difference as an error.
/// </summary>
public static class RecordPublishedEpisodes
{
    public static void Run(SiteContext site, PublishedRecord? current, string podcastGuid, IReadOnlyList<Episode> episodes,
        DiagnosticBag diagnostics)
    {
        if (site.Options.PublishedRecord == PublishedRecordMode.Keep) return;
        PublishedRecord next = Next(current, podcastGuid, episodes, site.Now);
        string text = PublishedRecordText.Write(next);
        string path = Path.Combine(site.Options.SourceRoot, "podcast", "published.yml");
        // Line ends as a Windows checkout may have them do not count as a change.
        string? before = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
        if (before == text) return;

        if (site.Options.PublishedRecord == PublishedRecordMode.Update)
            site.Session.PublishedRecord.Stage(path, text);
        else
            diagnostics.Error(new SourceLocation(PublishedRecord.DisplayPath),
                before is null ? "the record of published episodes is missing" : $"the record of published episodes is out of date: {Difference(current, next)}",
                "run 'sitecast build' and commit podcast/published.yml: a build on a fresh machine keeps the GUIDs only with it");
    }

    public static PublishedRecord Next(PublishedRecord? current, string podcastGuid, IReadOnlyList<Episode> episodes, DateTimeOffset now)
    {
        var known = (current?.Episodes ?? []).ToDictionary(e => e.Guid, StringComparer.Ordinal);
        var entries = episodes.Select(e =>
        {
            DateTimeOffset published = known.TryGetValue(e.Guid, out PublishedRecordEntry? entry) && entry.Published is { } date && date <= now
                ? date
                : e.Date;
            return new PublishedRecordEntry(e.Guid, e.Title, published, e.Url, e.Integrity);
        });
        return new PublishedRecord(podcastGuid, PublishedRecordText.Sorted(entries).ToList());
    }

    /// <summary>What the file lacks, holds in excess or holds otherwise, episode by episode, for the error message.</summary>
    private static string Difference(PublishedRecord? current, PublishedRecord next)
    {
        var before = (current?.Episodes ?? []).ToDictionary(e => e.Guid, StringComparer.Ordinal);
        var after = next.Episodes.ToDictionary(e => e.Guid, StringComparer.Ordinal);
        var parts = new List<string>();
        parts.AddRange(next.Episodes.Where(e => !before.ContainsKey(e.Guid)).Select(e => $"it lacks \"{e.Title}\" (GUID {e.Guid})"));
        parts.AddRange(current?.Episodes.Where(e => !after.ContainsKey(e.Guid)).Select(e => $"it still lists \"{e.Title}\" (GUID {e.Guid})") ?? []);
        parts.AddRange(next.Episodes.Where(e => before.TryGetValue(e.Guid, out PublishedRecordEntry? old) && old != e)
            .Select(e => $"\"{e.Title}\" (GUID {e.Guid}) has changed"));
        if (current?.PodcastGuid != next.PodcastGuid) parts.Add($"the podcast's GUID is {next.PodcastGuid}");
        return parts.Count == 0 ? "it is not written as the build writes it" : string.Join("; ", parts);
    }
}
