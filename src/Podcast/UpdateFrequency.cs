namespace Sitecast.Podcast;

/// <summary>podcast.yml "updateFrequency": overrides the schedule derived from the site's cadence.</summary>
public sealed class UpdateFrequency
{
    /// <summary>An RFC 5545 recurrence rule, e.g. FREQ=WEEKLY;INTERVAL=2.</summary>
    public string? Rrule { get; set; }

    /// <summary>What apps show, e.g. "Alle 14 Tage".</summary>
    public string? Text { get; set; }

    /// <summary>No more episodes are planned.</summary>
    public bool Complete { get; set; }

    /// <summary>When the schedule starts (ISO 8601 date).</summary>
    public string? Dtstart { get; set; }
}
