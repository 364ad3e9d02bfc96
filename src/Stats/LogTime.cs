using System.Globalization;

namespace Sitecast.Stats;

/// <summary>The time stamps of access logs, read into UTC ticks without a culture: "10/Oct/2026:13:55:36 +0200", ISO 8601, Unix seconds.</summary>
public static class LogTime
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The combined log format's %t / $time_local.</summary>
    public static bool TryParseCommon(ReadOnlySpan<char> text, out long utcTicks)
    {
        utcTicks = 0;
        // dd/MMM/yyyy:HH:mm:ss +zzzz
        if (text.Length != 26 || text[2] != '/' || text[6] != '/' || text[11] != ':' || text[14] != ':' || text[17] != ':' || text[20] != ' ')
            return false;
        int month = MonthOf(text.Slice(3, 3));
        if (month < 0) return false;
        if (!TryDigits(text.Slice(0, 2), out int day) || !TryDigits(text.Slice(7, 4), out int year) ||
            !TryDigits(text.Slice(12, 2), out int hour) || !TryDigits(text.Slice(15, 2), out int minute) ||
            !TryDigits(text.Slice(18, 2), out int second) || !TryDigits(text.Slice(22, 2), out int offsetHours) ||
            !TryDigits(text.Slice(24, 2), out int offsetMinutes) || text[21] is not ('+' or '-'))
            return false;
        if (day is < 1 or > 31 || hour > 23 || minute > 59 || second > 60 || year < 1 || day > DateTime.DaysInMonth(year, month + 1))
            return false;
        long offset = (offsetHours * 60L + offsetMinutes) * TimeSpan.TicksPerMinute * (text[21] == '-' ? -1 : 1);
        utcTicks = new DateTime(year, month + 1, day, hour, minute, Math.Min(second, 59), DateTimeKind.Unspecified).Ticks - offset;
        return true;
    }

    /// <summary>ISO 8601 with an offset (nginx $time_iso8601, most JSON logs), or the common format.</summary>
    public static bool TryParseText(string text, out long utcTicks)
    {
        if (TryParseCommon(text, out utcTicks)) return true;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
        {
            utcTicks = parsed.UtcTicks;
            return true;
        }

        return false;
    }

    /// <summary>Unix seconds with a fraction (Caddy's "ts").</summary>
    public static bool TryParseUnixSeconds(double seconds, out long utcTicks)
    {
        utcTicks = 0;
        if (!double.IsFinite(seconds) || seconds < 0 || seconds > 253402300799) return false;
        utcTicks = DateTime.UnixEpoch.Ticks + (long)(seconds * TimeSpan.TicksPerSecond);
        return true;
    }

    private static int MonthOf(ReadOnlySpan<char> name)
    {
        for (int i = 0; i < Months.Length; i++)
            if (name.SequenceEqual(Months[i])) return i;
        return -1;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }

        return true;
    }
}
