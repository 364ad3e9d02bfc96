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

    /// <summary>Seconds ("75.5") or a clock ("1:15.5", "0:01:15"), as authors write times in sidecars.</summary>
    public static bool TryParse(string? text, out TimeSpan time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        string[] parts = text.Trim().Split(':');
        if (parts.Length > 3) return false;
        double seconds = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            bool last = i == parts.Length - 1;
            NumberStyles style = last ? NumberStyles.AllowDecimalPoint : NumberStyles.None;
            if (!double.TryParse(parts[i], style, CultureInfo.InvariantCulture, out double value)) return false;
            if (i > 0 && value >= 60) return false;
            seconds = seconds * 60 + value;
        }

        time = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>ISO 8601 duration for schema.org, e.g. PT26S.</summary>
    public static string IsoDuration(TimeSpan time) => $"PT{(long)Math.Round(time.TotalSeconds)}S";
}
