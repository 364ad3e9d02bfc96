using System.Globalization;

namespace Sitecast.Content;

/// <summary>
/// Dates for readers, in the site's language. Our own month names, not the machine's culture data,
/// so every machine writes the same bytes.
/// </summary>
public static class DateFormatter
{
    private static readonly string[] GermanMonths =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>"5. Januar 2026" or "January 5, 2026".</summary>
    public static string Long(DateTimeOffset date, string language) => language == "en"
        ? $"{EnglishMonths[date.Month - 1]} {date.Day}, {date.Year}"
        : $"{date.Day}. {GermanMonths[date.Month - 1]} {date.Year}";

    /// <summary>"Januar 2026" / "January 2026".</summary>
    public static string MonthYear(DateTimeOffset date, string language) =>
        $"{(language == "en" ? EnglishMonths : GermanMonths)[date.Month - 1]} {date.Year}";

    /// <summary>ISO 8601 for datetime attributes and machines.</summary>
    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
