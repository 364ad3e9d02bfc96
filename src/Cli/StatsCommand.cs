using System.CommandLine;
using System.Globalization;
using Sitecast.Build;
using Sitecast.Stats;
using Spectre.Console;

namespace Sitecast.Cli;

/// <summary>`stats LOG…`: download figures from the web server's own access logs, without trackers.</summary>
public static class StatsCommand
{
    private static readonly Argument<FileInfo[]> Logs = new("log")
    {
        Description = "Access logs: nginx/Apache combined or JSON lines, plain or .gz, in any order (rotated logs may overlap).",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string> From = new("--from") { Description = "Count from this day on (site time zone), e.g. 2026-11-01." };

    private static readonly Option<string> To = new("--to") { Description = "Count up to and including this day, e.g. 2026-11-30." };

    private static readonly Option<DirectoryInfo> Output = new("--output")
    {
        Description = "Where index.html, stats.json and stats.csv are written. Default: <source>/stats.",
    };

    public static Command Create()
    {
        var command = new Command("stats", "Count podcast downloads (IAB v2.2) and feed subscribers from access logs; write a report page, JSON and CSV.");
        command.Arguments.Add(Logs);
        command.Options.Add(BuildCommand.Source);
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Output);
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parse)
    {
        string source = Path.GetFullPath(parse.GetValue(BuildCommand.Source)?.FullName ?? Directory.GetCurrentDirectory());
        if (!TryDay(parse.GetValue(From), "--from", out DateOnly? from) || !TryDay(parse.GetValue(To), "--to", out DateOnly? to))
            return BuildReport.UsageError;
        if (from > to)
        {
            Console.Error.WriteLine("error: --from is after --to");
            return BuildReport.UsageError;
        }

        var options = new StatsOptions
        {
            Logs = parse.GetValue(Logs)!.Select(f => f.FullName).ToList(),
            SourceRoot = source,
            OutputRoot = Path.GetFullPath(parse.GetValue(Output)?.FullName ?? Path.Combine(source, "stats")),
            From = from,
            To = to,
        };
        return StatsRun.Run(options, AnsiConsole.Console, Console.Error);
    }

    private static bool TryDay(string? text, string option, out DateOnly? day)
    {
        day = null;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed))
        {
            day = parsed;
            return true;
        }

        Console.Error.WriteLine($"error: {option} '{text}' is not a day; write e.g. 2026-11-01");
        return false;
    }
}
