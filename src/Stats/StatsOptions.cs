namespace Sitecast.Stats;

/// <summary>What `stats` was asked for. Paths are absolute; the period's days are in the site's time zone, both included.</summary>
public sealed record StatsOptions
{
    public required IReadOnlyList<string> Logs { get; init; }
    public required string SourceRoot { get; init; }
    public required string OutputRoot { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Where the theme shipped with the program lives (its i18n strings name the report's parts).</summary>
    public string DefaultThemeRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "theme");
}
