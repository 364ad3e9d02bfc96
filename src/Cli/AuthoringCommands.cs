using Sitecast.Audio;
using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Schedule;

namespace Sitecast.Cli;

/// <summary>What `new post`, `new episode` and `schedule` do, apart from the command line, so tests call them directly.</summary>
public static class AuthoringCommands
{
    /// <param name="language">The post's language on a site in several (null: the default); named in the file name.</param>
    public static int NewPost(string sourceRoot, string title, DateTime? now, TextWriter output, TextWriter errors, string? language = null)
    {
        var diagnostics = new DiagnosticBag();
        SiteCalendar? calendar = SiteCalendar.Load(sourceRoot, now, diagnostics);
        if (calendar is null) return Fail(diagnostics, errors);
        PrintWarnings(diagnostics, errors);
        var languages = Model.SiteLanguage.Of(calendar.Config);
        language ??= languages[0].Code;
        if (!languages.Any(l => l.Code == language))
        {
            errors.WriteLine($"error: unknown language code '{language}'; the site's languages are {string.Join(", ", languages.Select(l => l.Code))} (languages: in site.yml)");
            return BuildReport.UsageError;
        }
        if (Slug.From(title).Length == 0)
        {
            errors.WriteLine($"error: cannot make a file name from the title '{title}'; use letters or digits");
            return BuildReport.UsageError;
        }

        // Same slug, same URL: the build would refuse the second post, so refuse it here already.
        string slug = Slug.From(title);
        string posts = Path.Combine(sourceRoot, "input", "posts");
        // Within one language: a German and an English post may share a slug (/blog/x/, /en/blog/x/).
        string suffix = language == languages[0].Code ? "" : "." + language;
        string? twin = Directory.Exists(posts)
            ? Directory.EnumerateFiles(posts, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .FirstOrDefault(f => System.Text.RegularExpressions.Regex.Replace(Path.GetFileNameWithoutExtension(f), @"^\d{4}-\d{2}-\d{2}-", "") == slug + suffix)
            : null;
        if (twin is not null)
        {
            errors.WriteLine($"error: {Path.GetRelativePath(sourceRoot, twin).Replace('\\', '/')} already has the slug '{slug}'; choose another title");
            return BuildReport.ContentErrors;
        }

        DateOnly slot = calendar.NextFreeSlot;
        string relative = NewPostFile.RelativePath(slot, title, suffix);
        string path = Path.Combine(sourceRoot, relative);
        string text = NewPostFile.Text(title.Trim(), slot, calendar.Plan.Time, calendar.Config.Authors.FirstOrDefault()?.Id, language);
        if (!TryCreate(path, relative, text, errors)) return BuildReport.ContentErrors;
        output.WriteLine($"created {relative} for {ScheduleReport.Day(slot)}, {calendar.Plan.Time:HH\\:mm} {calendar.Config.TimeZone}");
        return BuildReport.Success;
    }

    public static int NewEpisode(string sourceRoot, string audioPath, DateTime? now, TextWriter output, TextWriter errors)
    {
        string audio = Path.GetFullPath(audioPath);
        // Messages name the file as the build does: relative to the site, like podcast/folge-3.mp3.
        string shown = Path.GetRelativePath(sourceRoot, audio).Replace('\\', '/');
        if (!File.Exists(audio))
        {
            errors.WriteLine($"{shown}: error: no such file");
            return BuildReport.UsageError;
        }

        var diagnostics = new DiagnosticBag();
        SiteCalendar? calendar = SiteCalendar.Load(sourceRoot, now, diagnostics);
        if (calendar is null) return Fail(diagnostics, errors);

        AudioInfo info;
        try
        {
            info = AudioReader.Read(audio);
        }
        catch (AudioFormatException e)
        {
            errors.WriteLine(new Diagnostic(Severity.Error, new SourceLocation(shown), $"cannot read this audio file: {e.Message}",
                "export it again as MP3 or M4A"));
            return BuildReport.ContentErrors;
        }

        string stem = Path.GetFileNameWithoutExtension(audio);
        string sidecar = Path.Combine(Path.GetDirectoryName(audio)!, stem + ".md");
        string display = Path.GetRelativePath(sourceRoot, sidecar).Replace('\\', '/');
        if (!TryCreate(sidecar, display, EpisodeSidecarFile.Text(info, stem, calendar.Today, Guid.NewGuid()), errors))
            return BuildReport.ContentErrors;
        output.WriteLine($"created {display} from the tags of {Path.GetFileName(audio)}");
        return BuildReport.Success;
    }

    public static int Schedule(string sourceRoot, DateTime? now, TextWriter output, TextWriter errors)
    {
        var diagnostics = new DiagnosticBag();
        SiteCalendar? calendar = SiteCalendar.Load(sourceRoot, now, diagnostics);
        if (calendar is null) return Fail(diagnostics, errors);
        PrintWarnings(diagnostics, errors);
        output.Write(ScheduleReport.Format(calendar.Plan, calendar.Posts, calendar.Episodes, calendar.Today, calendar.Config.TimeZone,
            calendar.Config.Language));
        return BuildReport.Success;
    }

    private static void PrintWarnings(DiagnosticBag diagnostics, TextWriter errors)
    {
        foreach (Diagnostic warning in diagnostics.Sorted()) errors.WriteLine(warning);
    }

    private static bool TryCreate(string path, string display, string text, TextWriter errors)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew: never overwrite what an author wrote, even if it appeared a moment ago.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            byte[] bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
            stream.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            errors.WriteLine($"error: {display} already exists; it was not changed");
            return false;
        }
    }

    private static int Fail(DiagnosticBag diagnostics, TextWriter errors)
    {
        foreach (Diagnostic diagnostic in diagnostics.Sorted()) errors.WriteLine(diagnostic);
        return diagnostics.Sorted().Any(d => d.Location.Path.Length == 0) ? BuildReport.UsageError : BuildReport.ContentErrors;
    }
}
