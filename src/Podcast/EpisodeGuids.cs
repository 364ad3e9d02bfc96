using Sitecast.Diagnostics;

namespace Sitecast.Podcast;

/// <summary>
/// Episode GUIDs never change once published, or apps download the episode again. An episode's GUID is, in order:
/// the one pinned in its sidecar; the one already published (<see cref="PublishedMemory"/>: the record, then the
/// previous feeds) for the same audio (same SHA-384) or the same page; else a new one derived from the podcast GUID
/// and the slug. A published episode that would vanish or get another GUID is an error, unless the author retired
/// its GUID or allowed removals.
/// </summary>
public static class EpisodeGuids
{
    public static IReadOnlyDictionary<string, string> Assign(IReadOnlyList<EpisodeDraft> drafts, string podcastGuid,
        IReadOnlyList<PublishedEpisode> published, PodcastConfig config, bool allowRemoved, DiagnosticBag diagnostics)
    {
        var retired = config.Retired.Select(g => g.Trim()).ToHashSet(StringComparer.Ordinal);
        bool Confirmed(string guid) => allowRemoved || retired.Contains(guid);

        var guids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (EpisodeDraft draft in drafts)
        {
            PublishedEpisode? same = published.FirstOrDefault(p => p.Integrity is not null && p.Integrity == draft.Integrity)
                                     ?? published.FirstOrDefault(p => p.Link == draft.Link);
            string guid;
            if (draft.PinnedGuid is { } pinned)
            {
                guid = pinned;
                if (same is { Live: true } && same.Guid != pinned && !published.Any(p => p.Guid == pinned) && !Confirmed(same.Guid))
                    diagnostics.Error(draft.PinLocation,
                        $"this pins the GUID {pinned}, but the published feed has this episode as {same.Guid}: podcast apps would download it again",
                        $"pin 'guid: {same.Guid}', or to replace the episode on purpose list {same.Guid} under 'retired:' in {PodcastConfigLoader.DisplayPath}");
            }
            else
            {
                guid = same?.Guid ?? Uuid5.Create(Guid.Parse(podcastGuid), draft.Slug).ToString();
                string hint = draft.SidecarPath is null
                    ? $"create {SidecarPathOf(draft.SourcePath)} with the front matter lines '---', 'guid: {guid}', '---'"
                    : $"add the line 'guid: {guid}' to the front matter of {draft.SidecarPath}";
                diagnostics.Warning(draft.SidecarPath is null ? new SourceLocation(draft.SourcePath) : new SourceLocation(draft.SidecarPath, 1),
                    $"the episode \"{draft.Title}\" has the GUID {guid}, which is not pinned: renaming the file and re-encoding it would change it",
                    hint);
            }

            guids[draft.SourcePath] = guid;
        }

        foreach (var twins in guids.GroupBy(g => g.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            string files = string.Join(" and ", twins.Select(t => t.Key).Order(StringComparer.Ordinal));
            foreach (var (source, _) in twins)
                diagnostics.Error(new SourceLocation(source), $"the GUID {twins.Key} is used by {files}; every episode needs its own",
                    "give one of them another 'guid:' in its sidecar");
        }

        var current = guids.Values.ToHashSet(StringComparer.Ordinal);
        // An episode recorded for a date still to come was never seen by an app: it may go or change unnoticed.
        foreach (PublishedEpisode gone in published.Where(p => p.Live && !current.Contains(p.Guid) && !Confirmed(p.Guid)))
        {
            string from = gone.Origin.Length == 0 ? "" : $", known from {gone.Origin}";
            diagnostics.Error(new SourceLocation(PodcastConfigLoader.DisplayPath),
                $"the published episode \"{gone.Title}\" (GUID {gone.Guid}{from}) would vanish from the feed or change its GUID",
                $"restore its audio file, pin 'guid: {gone.Guid}' in the sidecar of the renamed episode, list {gone.Guid} under 'retired:' " +
                "in podcast/podcast.yml, or build with --allow-removed-episodes");
        }

        return guids;
    }

    public static string SidecarPathOf(string audioPath) =>
        audioPath[..^Path.GetExtension(audioPath).Length] + ".md";
}
