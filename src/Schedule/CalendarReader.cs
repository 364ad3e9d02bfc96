using System.Text.RegularExpressions;
using Sitecast.Content;
using Sitecast.Diagnostics;

namespace Sitecast.Schedule;

/// <summary>
/// Reads just the dates and titles of posts (input/posts/**/*.md) and episode sidecars (podcast/*.md), without
/// rendering anything. A file whose front matter cannot be read is left out here; the build reports it.
/// </summary>
public static partial class CalendarReader
{
    public static IReadOnlyList<CalendarEntry> Posts(string sourceRoot, TimeZoneInfo zone) =>
        Read(sourceRoot, "input/posts", recursive: true, zone);

    public static IReadOnlyList<CalendarEntry> Episodes(string sourceRoot, TimeZoneInfo zone) =>
        Read(sourceRoot, "podcast", recursive: false, zone);

    private static List<CalendarEntry> Read(string sourceRoot, string folder, bool recursive, TimeZoneInfo zone)
    {
        string root = Path.Combine(sourceRoot, folder);
        var entries = new List<CalendarEntry>();
        if (!Directory.Exists(root)) return entries;

        var files = Directory.EnumerateFiles(root, "*.md", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal);
        foreach (string file in files)
        {
            string display = Path.GetRelativePath(sourceRoot, file).Replace('\\', '/');
            try
            {
                SplitSource split = FrontMatterSplitter.Split(SourceText.Read(file, display), display);
                var front = YamlReader.Read<CalendarFrontMatter>(split.Yaml, display, split.YamlFirstLine, null, new DiagnosticBag(), out _);
                DateOnly? date = null;
                if (front.Date is { } text && ContentDate.TryParse(text, zone, out DateTimeOffset parsed)) date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(parsed, zone).DateTime);
                else if (DatedName().Match(Path.GetFileName(file)) is { Success: true } match) date = DateOnly.ParseExact(match.Groups[1].Value, "yyyy-MM-dd");
                if (date is null) continue;
                string title = string.IsNullOrWhiteSpace(front.Title) ? Path.GetFileNameWithoutExtension(file) : front.Title.Trim();
                entries.Add(new CalendarEntry(date.Value, title, display, front.Draft));
            }
            catch (Exception e) when (e is ContentException or FormatException)
            {
                // The build names the problem with its line; the calendar just leaves the file out.
            }
        }

        return entries.OrderBy(e => e.Date).ThenBy(e => e.Path, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-")]
    private static partial Regex DatedName();
}
