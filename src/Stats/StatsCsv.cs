using System.Globalization;
using System.Text;

namespace Sitecast.Stats;

/// <summary>
/// stats.csv: the same numbers as one long table (table, name, detail, value) that any spreadsheet can filter.
/// A cell that a spreadsheet would run as a formula (=, +, -, @) is written with a leading apostrophe.
/// </summary>
public static class StatsCsv
{
    public static string Write(StatsFigures figures)
    {
        var csv = new StringBuilder("table,name,detail,value\n");
        void Row(string table, string name, string detail, string value) =>
            csv.Append(Cell(table)).Append(',').Append(Cell(name)).Append(',').Append(Cell(detail)).Append(',').Append(Cell(value)).Append('\n');
        string N(long n) => n.ToString(CultureInfo.InvariantCulture);

        foreach (EpisodeFigures e in figures.Episodes) Row("episode", e.Title, StatsJson.Day(e.Released), N(e.Downloads));
        foreach (EpisodeFigures e in figures.Episodes)
            for (int day = 0; day < e.Launch.Length; day++) Row("launch", e.Title, "day " + N(day + 1), N(e.Launch[day]));
        foreach (NamedCount app in figures.Apps) Row("app", app.Name, app.Kind, N(app.Downloads));
        foreach (NamedCount device in figures.Devices) Row("device", device.Name, device.Kind, N(device.Downloads));
        foreach (var (day, downloads) in figures.Days) Row("day", StatsJson.Day(day), "", N(downloads));
        foreach (FeedApp app in figures.FeedApps)
        {
            Row("subscribers", app.Name, "average per day", app.AveragePerDay.ToString("0.0", CultureInfo.InvariantCulture));
            Row("subscribers", app.Name, "most in a day", N(app.MostInADay));
        }

        Row("logs", "lines", "", N(figures.LinesRead));
        Row("logs", "duplicates", "", N(figures.Duplicates));
        Row("logs", "bot requests", "", N(figures.BotRequests));
        Row("logs", "unreadable lines", "", N(figures.Problems));
        return csv.ToString();
    }

    private static string Cell(string text)
    {
        text = ReportHtml.Printable(text);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@') text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\n\r") >= 0 || text.StartsWith('\'') ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
