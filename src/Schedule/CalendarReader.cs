using System.Text.RegularExpressions;
using Sitecast.Content;
using Sitecast.Diagnostics;

namespace Sitecast.Schedule;

/// <summary>
/// Reads just the dates and titles of posts (input/posts/**/*.md) and episode sidecars (podcast/*.md), without
/// rendering anything. A file whose front matter cannot be read is left out, with a warning that names it and
/// the line: it holds no slot, so the author should know before a new post is dated into its place.
/// </summary>
public static partial class CalendarReader
{
    /// <param name="languages">The site's languages when it has several: each post is then given its language.</param>
    public static IReadOnlyList<CalendarEntry> Posts(string sourceRoot, TimeZoneInfo zone, DiagnosticBag diagnostics,
        IReadOnlyList<Model.SiteLanguage>? languages = null) =>
        Read(sourceRoot, "input/posts", recursive: true, zone, languages, diagnostics);

    public static IReadOnlyList<CalendarEntry> Episodes(string sourceRoot, TimeZoneInfo zone, DiagnosticBag diagnostics) =>
        Read(sourceRoot, "podcast", recursive: false, zone, null, diagnostics);

    private static List<CalendarEntry> Read(string sourceRoot, string folder, bool recursive, TimeZoneInfo zone,
        IReadOnlyList<Model.SiteLanguage>? languages, DiagnosticBag diagnostics)
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
                var entry = new CalendarEntry(date.Value, title, display, front.Draft);
                if (languages is { Count: > 1 })
                {
                    string stem = Path.GetFileNameWithoutExtension(file);
                    var content = new Model.FrontMatter { Lang = front.Lang, TranslationKey = front.TranslationKey };
                    if (ContentLanguage.Decide(stem, content, null, display, languages, out _) is not { } decided) continue;
                    entry = entry with { Language = decided.Code, TranslationKey = decided.Key };
                }

                entries.Add(entry);
            }
            catch (ContentException e)
            {
                diagnostics.Warning(e.Diagnostic.Location, $"left out of the calendar: {e.Diagnostic.Message}",
                    e.Diagnostic.Hint ?? "fix the front matter; until then this file holds no slot");
            }
            catch (FormatException e)
            {
                diagnostics.Warning(new SourceLocation(display), $"left out of the calendar: {e.Message}",
                    "fix the front matter; until then this file holds no slot");
            }
        }

        return entries.OrderBy(e => e.Date).ThenBy(e => e.Path, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-")]
    private static partial Regex DatedName();
}
