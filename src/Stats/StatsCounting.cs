namespace Sitecast.Stats;

/// <summary>
/// The one pass over the logs: each request is matched against the episodes and the feed, filtered (GET, status,
/// bots, the period) and handed to the counters. Addresses and User-Agents go no further than the salted key.
/// </summary>
public sealed class StatsCounting(EpisodeCatalog catalog, TimeZoneInfo zone, DateOnly? from, DateOnly? to)
{
    private readonly UserAgentClassifier _classifier = new(UserAgentLists.Load());
    private readonly ListenerKey _keys = new();
    private readonly DownloadCounter _downloads = new();
    private readonly FeedCounter _feed = new();
    private readonly StatsTally _tally = new(catalog.Episodes);
    private readonly LocalDays _days = new(zone);

    /// <summary>The most 24-hour windows open at once: the memory the run needed beyond constant.</summary>
    public int MostOpenWindows => _downloads.MostOpen;

    public StatsFigures Count(IReadOnlyList<(string Path, string Display)> files)
    {
        var problems = new LogProblems();
        var reader = new MergedLogReader(files, problems);
        long requests = 0, bots = 0;
        DateOnly? first = null, last = null;
        foreach (LogRequest request in reader.Requests())
        {
            requests++;
            DateOnly day = _days.Of(request.UtcTicks);
            if (day < from || day > to) continue;
            first = first is null || day < first ? day : first;
            last = last is null || day > last ? day : last;

            ReadOnlySpan<char> path = request.PathSpan;
            EpisodeTarget? episode = catalog.Find(path);
            if (episode is null && !catalog.IsFeed(path)) continue;
            if (!request.MethodSpan.SequenceEqual("GET")) continue;
            bool served = episode is null ? request.Status is 200 or 304 : request.Status is 200 or 206;
            if (!served) continue;

            Listener listener = _classifier.Classify(request.UserAgentSpan);
            if (listener.IsBot)
            {
                bots++;
                continue;
            }

            if (episode is null)
            {
                _feed.Add(_keys.Of(request.ClientSpan, request.UserAgentSpan, -1), day, listener.Name);
                continue;
            }

            UInt128 key = _keys.Of(request.ClientSpan, request.UserAgentSpan, episode.Index);
            if (_downloads.Add(key, request.UtcTicks, request.Bytes, episode.MinimumBytes)) _tally.Add(episode, day, listener);
        }

        var (feedApps, feedDays) = FeedApps();
        return new StatsFigures
        {
            From = from ?? first,
            To = to ?? last,
            Episodes = _tally.Episodes(),
            Apps = _tally.Apps(),
            Devices = _tally.Devices(),
            Days = _tally.Days(),
            FeedApps = feedApps,
            FeedDays = feedDays,
            LinesRead = reader.LinesRead,
            Requests = requests,
            Duplicates = reader.Duplicates,
            BotRequests = bots,
            Problems = problems.Count,
            FirstProblems = problems.First,
        };
    }

    private (IReadOnlyList<FeedApp> Apps, int Days) FeedApps()
    {
        int days = _feed.Fetchers.Keys.Select(k => k.Day).Distinct().Count();
        var apps = _feed.Fetchers
            .GroupBy(f => f.Key.App, StringComparer.Ordinal)
            .Select(g => new FeedApp(g.Key, Math.Round(g.Sum(f => f.Value) / (double)days, 1), g.Max(f => f.Value)))
            .OrderBy(a => a.Name.Length == 0)
            .ThenByDescending(a => a.AveragePerDay)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
        return (apps, days);
    }
}
