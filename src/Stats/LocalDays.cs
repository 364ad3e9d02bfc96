namespace Sitecast.Stats;

/// <summary>The site's calendar day of a moment in the log, with the zone's offset looked up once per hour, not per line.</summary>
public sealed class LocalDays(TimeZoneInfo zone)
{
    private long _hour = long.MinValue;
    private long _offset;

    public DateOnly Of(long utcTicks)
    {
        long hour = utcTicks / TimeSpan.TicksPerHour;
        if (hour != _hour)
        {
            _hour = hour;
            _offset = zone.GetUtcOffset(new DateTime(hour * TimeSpan.TicksPerHour, DateTimeKind.Utc)).Ticks;
        }

        return DateOnly.FromDateTime(new DateTime(utcTicks + _offset, DateTimeKind.Unspecified));
    }
}
