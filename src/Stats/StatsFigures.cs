namespace Sitecast.Stats;

/// <summary>The numbers of one run, everything the report, stats.json, stats.csv and the console show. No key, no address.</summary>
public sealed record StatsFigures
{
    public const int LaunchDays = 30;

    /// <summary>The first and last day of the requests counted (or --from/--to), in the site's time zone.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    public required IReadOnlyList<EpisodeFigures> Episodes { get; init; }
    public required IReadOnlyList<NamedCount> Apps { get; init; }
    public required IReadOnlyList<NamedCount> Devices { get; init; }
    public required IReadOnlyList<(DateOnly Day, int Downloads)> Days { get; init; }
    public required IReadOnlyList<FeedApp> FeedApps { get; init; }

    /// <summary>Days on which the feed was fetched at all: what the subscriber averages are taken over.</summary>
    public int FeedDays { get; init; }

    public long LinesRead { get; init; }
    public long Requests { get; init; }
    public long Duplicates { get; init; }
    public long BotRequests { get; init; }
    public long Problems { get; init; }
    public IReadOnlyList<LogProblem> FirstProblems { get; init; } = [];

    public int TotalDownloads => Episodes.Sum(e => e.Downloads);
}

/// <summary>An episode's downloads in the period, and per day of its first 30 days (day 1 = release day).</summary>
public sealed record EpisodeFigures(string Title, string PageUrl, DateOnly Released, int Downloads, int[] Launch);

/// <summary>Downloads by app or device; <see cref="Name"/> is empty when no list knew the client.</summary>
public sealed record NamedCount(string Name, string Kind, int Downloads);

/// <summary>The subscriber estimate of one app: distinct listeners fetching the feed, on average per day and at most.</summary>
public sealed record FeedApp(string Name, double AveragePerDay, int MostInADay);
