using Spectre.Console;

namespace Sitecast.Stats;

/// <summary>The console summary: a table of the episodes' downloads, the leading apps, and what the logs held.</summary>
public static class StatsConsole
{
    public static void Print(StatsFigures figures, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Episode").AddColumn("Released").AddColumn(new TableColumn("Downloads").RightAligned());
        foreach (EpisodeFigures e in figures.Episodes)
            table.AddRow(Markup.Escape(ReportHtml.Printable(e.Title)), StatsJson.Day(e.Released), e.Downloads.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("[bold]Total[/]", "", $"[bold]{figures.TotalDownloads}[/]");
        console.Write(table);

        string apps = string.Join(", ", figures.Apps.Take(5).Select(a => $"{(a.Name.Length == 0 ? "unknown" : a.Name)} {a.Downloads}"));
        if (apps.Length > 0) console.MarkupLine($"apps: {Markup.Escape(ReportHtml.Printable(apps))}");
        string period = figures.From is { } from && figures.To is { } to ? $"{StatsJson.Day(from)} to {StatsJson.Day(to)}" : "no requests";
        console.MarkupLine(Markup.Escape(
            $"{period}: {figures.LinesRead} lines read, {figures.Duplicates} duplicates from overlapping logs skipped, " +
            $"{figures.BotRequests} bot requests not counted, {figures.Problems} unreadable lines"));
    }
}
