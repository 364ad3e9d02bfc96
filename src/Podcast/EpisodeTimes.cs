using System.Globalization;

namespace Sitecast.Podcast;

/// <summary>Times within an episode, as feeds, pages and schema.org want them (dates: <see cref="Feeds.FeedDates"/>).</summary>
public static class EpisodeTimes
{
    /// <summary>Normal Play Time for psc:chapter, e.g. 00:01:09.183.</summary>
    public static string NormalPlayTime(TimeSpan time) =>
        $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}";

    /// <summary>Seconds with up to three decimals and a dot, for JSON chapters and data attributes.</summary>
    public static string Seconds(TimeSpan time) =>
        Math.Round(time.TotalSeconds, 3).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>"26:05" or "1:02:03", for readers.</summary>
    public static string Clock(TimeSpan time) => time.TotalHours >= 1
        ? $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}"
        : $"{time.Minutes}:{time.Seconds:00}";

    /// <summary>ISO 8601 duration for schema.org, e.g. PT26S.</summary>
    public static string IsoDuration(TimeSpan time) => $"PT{(long)Math.Round(time.TotalSeconds)}S";
}
