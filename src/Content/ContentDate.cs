using System.Globalization;

namespace Sitecast.Content;

/// <summary>Dates as authors write them; a date without an offset is a time in the site's time zone.</summary>
public static class ContentDate
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mmZ",
    ];

    public const string Expected = "a date like 2026-01-05 or 2026-01-05T08:00 (optionally with an offset: +01:00)";

    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset date)
    {
        text = text.Trim();
        if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return true;
        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            date = InZone(local, zone);
            return true;
        }

        return false;
    }

    /// <summary>A wall-clock time in a zone. A time skipped by the spring change moves forward an hour.</summary>
    public static DateTimeOffset InZone(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
