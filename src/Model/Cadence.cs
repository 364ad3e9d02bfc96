namespace Sitecast.Model;

/// <summary>site.yml "cadence": how often a post is due and on which weekday, e.g. { days: 14, weekday: thursday }.</summary>
public sealed class Cadence
{
    public int Days { get; set; } = 14;

    /// <summary>monday … sunday; when not set, the weekday of the latest post, else thursday.</summary>
    public string? Weekday { get; set; }

    /// <summary>The time of day (site time zone) new posts are dated at.</summary>
    public string Time { get; set; } = "06:00";
}
