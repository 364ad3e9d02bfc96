namespace Sitecast.Schedule;

/// <summary>The few front-matter keys the calendar reads; all others are ignored.</summary>
public sealed class CalendarFrontMatter
{
    public string? Title { get; set; }
    public string? Date { get; set; }
    public bool Draft { get; set; }
    public string? Lang { get; set; }
    public string? TranslationKey { get; set; }
}
