using System.Diagnostics;
using System.Text;
using Sitecast.Build;
using Sitecast.Diagnostics;
using Spectre.Console;

namespace Sitecast.Stats;

/// <summary>
/// `stats` apart from the command line: the episodes from podcast/, one pass over the logs, then index.html,
/// stats.json and stats.csv in the output folder and the summary on the console.
/// </summary>
public static class StatsRun
{
    public const string PageFile = "index.html", JsonFile = "stats.json", CsvFile = "stats.csv";

    public static int Run(StatsOptions options, IAnsiConsole console, TextWriter errors)
    {
        foreach (string log in options.Logs)
        {
            if (File.Exists(log)) continue;
            errors.WriteLine($"error: {log}: no such log file");
            return BuildReport.UsageError;
        }

        var diagnostics = new DiagnosticBag();
        var buildOptions = new BuildOptions
        {
            SourceRoot = options.SourceRoot,
            OutputRoot = Path.Combine(options.SourceRoot, "site"),
            DefaultThemeRoot = options.DefaultThemeRoot,
            UseCache = false,
        };
        var (catalog, site) = EpisodeCatalog.Load(buildOptions, diagnostics);
        foreach (Diagnostic diagnostic in diagnostics.Sorted().Where(d => d.Severity == Severity.Error)) errors.WriteLine(diagnostic);
        if (catalog is null || site is null) return diagnostics.Sorted().Any(d => d.Location.Path.Length == 0) ? BuildReport.UsageError : BuildReport.ContentErrors;

        var clock = Stopwatch.StartNew();
        var files = options.Logs.Select(log => (Path.GetFullPath(log), Path.GetFileName(log))).ToList();
        var counting = new StatsCounting(catalog, site.Zone, options.From, options.To);
        StatsFigures figures = counting.Count(files);
        double seconds = clock.Elapsed.TotalSeconds;

        foreach (LogProblem problem in figures.FirstProblems) errors.WriteLine($"warning: {ReportHtml.Printable(problem.ToString())}");
        if (figures.Problems > figures.FirstProblems.Count)
            errors.WriteLine($"warning: {figures.Problems - figures.FirstProblems.Count} more unreadable lines (not shown)");

        var text = new ReportText(site.Strings, site.Config.Language);
        Write(options.OutputRoot, PageFile, Encoding.UTF8.GetBytes(StatsPage.Render(figures, catalog.PodcastTitle, text)));
        Write(options.OutputRoot, JsonFile, StatsJson.Write(figures, catalog.PodcastTitle));
        Write(options.OutputRoot, CsvFile, Encoding.UTF8.GetBytes(StatsCsv.Write(figures)));

        StatsConsole.Print(figures, console);
        console.MarkupLine(Markup.Escape(
            $"counted {figures.LinesRead} lines in {seconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s " +
            $"(at most {counting.MostOpenWindows} listener windows open); report in {options.OutputRoot}"));
        return BuildReport.Success;
    }

    /// <summary>Each file is written beside itself and then moved into place: a run that fails leaves the last report whole.</summary>
    private static void Write(string folder, string name, byte[] bytes)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        string temporary = Path.Combine(folder, "." + name + ".tmp");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
