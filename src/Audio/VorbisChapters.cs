using System.Globalization;
using System.Text.RegularExpressions;
using TagLib.Ogg;

namespace Sitecast.Audio;

/// <summary>
/// Chapters from Vorbis comments (Ogg Vorbis and Opus): CHAPTERnnn=HH:MM:SS.sss with CHAPTERnnnNAME and,
/// optionally, CHAPTERnnnURL; sorted by start time.
/// </summary>
internal static partial class VorbisChapters
{
    public static IReadOnlyList<Chapter> Read(XiphComment comment, List<string> warnings)
    {
        var chapters = new List<Chapter>();
        foreach (string field in comment)
        {
            Match match = ChapterField().Match(field);
            if (!match.Success) continue;
            string value = comment.GetFirstField(field) ?? "";
            if (!TryParseTime(value, out TimeSpan start))
            {
                warnings.Add($"the chapter comment {field}={value} is not a time like 00:01:30.000 and was left out");
                continue;
            }

            string title = comment.GetFirstField(field + "NAME") ?? field;
            string? url = comment.GetFirstField(field + "URL");
            chapters.Add(new Chapter(start, title, string.IsNullOrWhiteSpace(url) ? null : url));
        }

        return chapters.OrderBy(chapter => chapter.Start).ToList();
    }

    internal static bool TryParseTime(string value, out TimeSpan time)
    {
        time = default;
        string[] parts = value.Trim().Split(':');
        if (parts.Length is < 2 or > 3) return false;
        double seconds = 0;
        foreach (string part in parts[..^1])
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int whole)) return false;
            seconds = (seconds + whole) * 60;
        }

        if (!double.TryParse(parts[^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double last)) return false;
        double milliseconds = Math.Round((seconds + last) * 1000);
        if (milliseconds > AudioDuration.Longest.TotalMilliseconds) return false; // beyond any episode (and TimeSpan)
        time = TimeSpan.FromMilliseconds(milliseconds);
        return true;
    }

    [GeneratedRegex(@"^CHAPTER\d{1,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChapterField();
}
