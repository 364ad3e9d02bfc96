using System.Globalization;
using Sitecast.Build;
using Sitecast.Diagnostics;
using Sitecast.Schedule;

namespace Sitecast.Cli;

/// <summary>
/// `check`: a full build into a temporary folder (site/ is never touched) with every validation the build
/// runs, scheduled posts included (they go live without anyone looking), plus cadence gaps and missing or stale
/// translations (see <see cref="TranslationWarnings"/>) as warnings. It writes nothing into the site folder: a
/// podcast/published.yml that `build` would change is an error.
/// Exit 1 on errors, and on warnings with --strict.
/// </summary>
public static class CheckRunner
{
    /// <param name="live">With --live: the deployed site (or its feed), checked as podcast apps use it.</param>
    /// <param name="handler">How the live host is reached; tests pass one that trusts their own certificate.</param>
    public static async Task<int> RunAsync(BuildOptions options, bool strict, TextWriter output, TextWriter errors, string? live = null,
        HttpMessageHandler? handler = null)
    {
        string temporary = Path.Combine(Path.GetTempPath(), $"sitecast-check-{Guid.NewGuid():N}");
        try
        {
            BuildReport report = await SiteBuilder.BuildAsync(options with
            {
                OutputRoot = Path.Combine(temporary, "site"),
                IncludeFuture = true,
                UseCache = false,
                PublishedRecord = PublishedRecordMode.Verify,
            });
            if (report.ExitCode == BuildReport.UsageError)
            {
                foreach (Diagnostic diagnostic in report.Diagnostics) errors.WriteLine(diagnostic);
                return BuildReport.UsageError;
            }

            var diagnostics = report.Diagnostics.ToList();
            if (report.Succeeded) diagnostics.AddRange(CadenceWarnings(options));
            diagnostics = diagnostics.Distinct().OrderBy(d => d.Location).ThenBy(d => d.Severity).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
            foreach (Diagnostic diagnostic in diagnostics) errors.WriteLine(diagnostic);

            int errorCount = diagnostics.Count(d => d.Severity == Severity.Error);
            if (live is not null && report.Succeeded)
                errorCount += await LiveFailuresAsync(live, Path.Combine(temporary, "site", Podcast.PreviousFeed.RelativePath), handler, output, errors);
            else if (live is not null)
                output.WriteLine($"the live host {live} was not checked: the local build failed, and its GUIDs are needed to compare with");
            int warningCount = diagnostics.Count(d => d.Severity == Severity.Warning);
            bool failed = errorCount > 0 || (strict && warningCount > 0);
            string seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            output.WriteLine($"check {(failed ? "failed" : "passed")} in {seconds} s: {errorCount} error(s), {warningCount} warning(s)" +
                             (strict && warningCount > 0 ? " (--strict: warnings count as errors)" : ""));
            return failed ? BuildReport.ContentErrors : BuildReport.Success;
        }
        finally
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
        }
    }

    private static async Task<int> LiveFailuresAsync(string live, string localFeedPath, HttpMessageHandler? handler, TextWriter output,
        TextWriter errors)
    {
        string feedUrl = Live.LiveCheck.FeedUrlOf(live);
        if (!Uri.TryCreate(feedUrl, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("https" or "http"))
        {
            errors.WriteLine($"error: --live {live}: not an absolute URL; write the deployed site's address, e.g. https://example.org/");
            return 1;
        }

        using HttpClient http = Live.LiveCheck.CreateClient(handler);
        System.Xml.Linq.XDocument? local = File.Exists(localFeedPath) ? System.Xml.Linq.XDocument.Load(localFeedPath) : null;
        var check = new Live.LiveCheck(http);
        var failures = await check.RunAsync(feedUrl, local);
        foreach (Live.LiveFailure failure in failures) errors.WriteLine(failure);
        string counts = check.Checked is { } c
            ? $" ({c.Media.Count} media file(s), {c.Chapters.Count} chapters file(s), {c.Transcripts.Count} transcript(s), {c.Episodes.Count} GUID(s))"
            : "";
        output.WriteLine($"live check of {feedUrl}{counts}: {(failures.Count == 0 ? "every rule holds" : $"{failures.Count} rule(s) broken")}");
        return failures.Count;
    }

    private static IEnumerable<Diagnostic> CadenceWarnings(BuildOptions options)
    {
        SiteCalendar? calendar = SiteCalendar.Load(options.SourceRoot, options.Now, new DiagnosticBag());
        if (calendar is null) yield break;
        foreach (Diagnostic translation in TranslationWarnings.Of(options.SourceRoot, calendar.Config)) yield return translation;
        foreach (CadenceGap gap in calendar.Plan.Gaps(calendar.RhythmPosts))
            yield return new Diagnostic(Severity.Warning, new SourceLocation(gap.After.Path),
                $"{gap.Days} days after the previous post ({gap.Before.Path}), longer than the {calendar.Plan.Days}-day cadence",
                "run 'schedule' to see the calendar; 'new post' fills the next free slot");
    }
}
