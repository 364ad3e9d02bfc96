namespace Sitecast.Schedule;

/// <summary>Two posts further apart than the cadence.</summary>
public sealed record CadenceGap(CalendarEntry Before, CalendarEntry After)
{
    public int Days => After.Date.DayNumber - Before.Date.DayNumber;
}
