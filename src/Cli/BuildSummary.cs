using System.Globalization;
using Sitecast.Build;
using Sitecast.Diagnostics;
using Sitecast.Engine;

namespace Sitecast.Cli;

/// <summary>Prints the diagnostics (to stderr) and a short table of documents per pipeline and the time taken.</summary>
public static class BuildSummary
{
    public static void Print(BuildReport report, BuildOptions options, TextWriter output, TextWriter errors)
    {
        foreach (Diagnostic diagnostic in report.Diagnostics) errors.WriteLine(diagnostic);

        if (report.Engine is { } engine)
        {
            output.WriteLine();
            output.WriteLine($"{"pipeline",-16} {"documents",9} {"ms",7}");
            var names = engine.Outputs.Keys.Select(k => k.Pipeline).Distinct().Order(StringComparer.Ordinal);
            foreach (string name in names)
            {
                int written = engine.OutputsOf(name, Phase.Output).Count(d => d.Destination is not null);
                double ms = engine.Timings.Where(t => t.Key.Pipeline == name).Sum(t => t.Value.TotalMilliseconds);
                output.WriteLine($"{name,-16} {written,9} {ms.ToString("0", CultureInfo.InvariantCulture),7}");
            }
        }

        if (report.Statistics.UpToDate)
            output.WriteLine("nothing changed since the last build: the output is up to date");
        else if (report.Engine is not null)
            output.WriteLine($"markdown: {report.Statistics.MarkdownRendered} rendered, {report.Statistics.MarkdownFromCache} from the cache " +
                             $"({report.Statistics.SourcesNotRead} file(s) unchanged, not read); " +
                             $"{report.Statistics.FilesCarriedOver} unchanged file(s) taken over from the last build");

        string seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        string outcome = report.Succeeded ? $"built {options.OutputRoot}" : "build failed; the output folder was not changed";
        output.WriteLine($"{outcome} in {seconds} s: {report.ErrorCount} error(s), {report.WarningCount} warning(s)");
    }
}
