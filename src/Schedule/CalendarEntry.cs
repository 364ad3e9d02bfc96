namespace Sitecast.Schedule;

/// <summary>A dated post or episode as the calendar sees it: only its date, title, file and whether it is a draft.</summary>
public sealed record CalendarEntry(DateOnly Date, string Title, string Path, bool Draft = false);
