using System.Globalization;

namespace Sitecast.Feeds;

/// <summary>Dates as feeds want them, written with invariant English names so every machine gives the same bytes.</summary>
public static class FeedDates
{
    /// <summary>RFC 822 (RSS 2.0): "Thu, 19 Nov 2026 00:00:00 +0100".</summary>
    public static string Rfc822(DateTimeOffset date)
    {
        TimeSpan offset = date.Offset;
        char sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return date.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) +
               $" {sign}{offset.Hours:00}{offset.Minutes:00}";
    }

    /// <summary>
    /// Reads an RFC 822 date as other hosts write it: the day name optional, seconds optional, the zone as +0100,
    /// +01:00 or GMT/UT/UTC/Z. Null when it is none.
    /// </summary>
    public static DateTimeOffset? TryParseRfc822(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string date = text.Trim();
        if (date.IndexOf(',') is int comma and >= 0) date = date[(comma + 1)..].Trim();
        foreach (string zone in new[] { " GMT", " UTC", " UT", " Z" })
            if (date.EndsWith(zone, StringComparison.OrdinalIgnoreCase)) date = date[..^zone.Length] + " +00:00";
        if (date.Length > 5 && date[^5] is '+' or '-' && date[^4..].All(char.IsAsciiDigit)) date = date[..^2] + ":" + date[^2..];
        string[] formats = ["d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz"];
        return DateTimeOffset.TryParseExact(date, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out DateTimeOffset parsed)
            ? parsed
            : null;
    }

    /// <summary>RFC 3339 (Atom, JSON Feed, sitemaps): "2026-11-19T00:00:00+01:00".</summary>
    public static string Rfc3339(DateTimeOffset date) => Content.DateFormatter.Iso(date);

    /// <summary>The "updated" date of a feed without any entries: fixed, never the clock.</summary>
    public static readonly DateTimeOffset Epoch = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
