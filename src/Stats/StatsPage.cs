using System.Text;

namespace Sitecast.Stats;

/// <summary>
/// stats/index.html: one self-contained page (its CSS inline, no script, no request to anyone) with a chart and a
/// table of the same numbers for each figure, and the privacy statement in plain words.
/// </summary>
public static class StatsPage
{
    private const string Style = """
        :root { color-scheme: light; }
        body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0; }
        main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.35rem; margin: 2.5rem 0 .5rem; }
        figure { margin: 1rem 0; }
        figcaption { font-size: .95rem; color: #333; }
        .chart { width: 100%; height: auto; }
        .chart text { font-family: system-ui, sans-serif; font-size: 13px; fill: #1a1a1a; }
        .chart .value { fill: #333; }
        .chart .bar { fill: #0b5394; }
        .chart .axis { stroke: #1a1a1a; }
        .chart .grid { stroke: #ccc; }
        .chart .series { fill: none; stroke-width: 2.5; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { border-bottom: 1px solid #bbb; padding: .25rem .75rem .25rem 0; text-align: left; vertical-align: top; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        .privacy { border-left: 4px solid #0b5394; padding: .25rem 0 .25rem 1rem; }
        a { color: #0b5394; }
        """;

    public static string Render(StatsFigures figures, string podcastTitle, ReportText t)
    {
        var html = new StringBuilder();
        string title = $"{t["title"]}: {podcastTitle}";
        html.Append($"<!DOCTYPE html>\n<html lang=\"{t.Language}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{E(title)}</title>\n<style>\n{Style}</style>\n</head>\n<body>\n<main>\n")
            .Append($"<h1>{E(title)}</h1>\n")
            .Append($"<p>{E(Period(figures, t))} {E(t.Format("total_line", ("count", t.Number(figures.TotalDownloads))))}</p>\n")
            .Append($"<section class=\"privacy\" aria-labelledby=\"privacy\">\n<h2 id=\"privacy\">{E(t["privacy_title"])}</h2>\n")
            .Append($"<p>{E(t["privacy"])}</p>\n<p>{E(t["method"])}</p>\n</section>\n");

        Episodes(html, figures, t);
        Launch(html, figures, t);
        Counts(html, "apps", t["apps"], t["app"], figures.Apps, c => t.Name(c.Name), c => t.Kind(c.Kind), t["type"], t);
        Counts(html, "devices", t["devices"], t["device"], figures.Devices, c => t.Name(c.Name), c => t.Category(c.Kind), t["category"], t);
        Subscribers(html, figures, t);
        Logs(html, figures, t);

        html.Append($"<p>{E(t["files"])} <a href=\"stats.json\">stats.json</a>, <a href=\"stats.csv\">stats.csv</a></p>\n")
            .Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Episodes(StringBuilder html, StatsFigures figures, ReportText t)
    {
        var bars = figures.Episodes.Select(e => new ChartBar(e.Title, e.Downloads)).ToList();
        Figure(html, "episodes", t["by_episode"], bars, t);
        html.Append($"<table>\n<caption>{E(t["by_episode"])}</caption>\n<thead><tr><th scope=\"col\">{E(t["episode"])}</th>")
            .Append($"<th scope=\"col\">{E(t["released"])}</th><th scope=\"col\" class=\"number\">{E(t["downloads"])}</th></tr></thead>\n<tbody>\n");
        foreach (EpisodeFigures e in figures.Episodes)
            html.Append($"<tr><th scope=\"row\"><a href=\"{E(e.PageUrl)}\">{E(e.Title)}</a></th><td>{E(t.Date(e.Released))}</td>")
                .Append($"<td class=\"number\">{t.Number(e.Downloads)}</td></tr>\n");
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>The launch curve: downloads added up day by day since release, for the newest episodes.</summary>
    private static void Launch(StringBuilder html, StatsFigures figures, ReportText t)
    {
        var shown = figures.Episodes.Take(SvgLineChart.MaxLines).ToList();
        var lines = shown.Select(e => new ChartLine(e.Title, Cumulative(e.Launch))).ToList();
        string description = string.Join("; ", lines.Select(l =>
            t.Format("launch_point", ("title", l.Label), ("week", t.Number(l.Values[6])), ("month", t.Number(l.Values[^1])))));
        html.Append($"<section aria-labelledby=\"launch\">\n<h2 id=\"launch\">{E(t["launch"])}</h2>\n<p>{E(t["launch_text"])}</p>\n<figure>\n")
            .Append(SvgLineChart.Render("launch-chart", t["launch"], description, t["day_since_release"], lines, t.Number))
            .Append($"\n<figcaption>{E(t["chart_note"])}</figcaption>\n</figure>\n")
            .Append($"<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{E(t["launch"])}\">\n<table>\n")
            .Append($"<caption>{E(t["launch"])}</caption>\n<thead><tr><th scope=\"col\">{E(t["day_since_release"])}</th>");
        foreach (EpisodeFigures e in shown) html.Append($"<th scope=\"col\" class=\"number\">{E(e.Title)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        for (int day = 0; day < StatsFigures.LaunchDays; day++)
        {
            html.Append($"<tr><th scope=\"row\">{day + 1}</th>");
            foreach (ChartLine line in lines) html.Append($"<td class=\"number\">{t.Number(line.Values[day])}</td>");
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void Counts(StringBuilder html, string id, string heading, string nameColumn, IReadOnlyList<NamedCount> counts,
        Func<NamedCount, string> name, Func<NamedCount, string> detail, string detailColumn, ReportText t)
    {
        Figure(html, id, heading, counts.Select(c => new ChartBar(name(c), c.Downloads)).ToList(), t);
        html.Append($"<table>\n<caption>{E(heading)}</caption>\n<thead><tr><th scope=\"col\">{E(nameColumn)}</th>")
            .Append($"<th scope=\"col\">{E(detailColumn)}</th><th scope=\"col\" class=\"number\">{E(t["downloads"])}</th></tr></thead>\n<tbody>\n");
        foreach (NamedCount c in counts)
            html.Append($"<tr><th scope=\"row\">{E(name(c))}</th><td>{E(detail(c))}</td><td class=\"number\">{t.Number(c.Downloads)}</td></tr>\n");
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Subscribers(StringBuilder html, StatsFigures figures, ReportText t)
    {
        html.Append($"<section aria-labelledby=\"subscribers\">\n<h2 id=\"subscribers\">{E(t["subscribers"])}</h2>\n")
            .Append($"<p>{E(t.Format("subscribers_text", ("days", t.Number(figures.FeedDays))))}</p>\n");
        if (figures.FeedApps.Count > 0)
        {
            html.Append($"<table>\n<caption>{E(t["subscribers"])}</caption>\n<thead><tr><th scope=\"col\">{E(t["app"])}</th>")
                .Append($"<th scope=\"col\" class=\"number\">{E(t["average_per_day"])}</th><th scope=\"col\" class=\"number\">{E(t["most_in_a_day"])}</th></tr></thead>\n<tbody>\n");
            foreach (FeedApp app in figures.FeedApps)
                html.Append($"<tr><th scope=\"row\">{E(t.Name(app.Name))}</th><td class=\"number\">{t.Decimal(app.AveragePerDay)}</td>")
                    .Append($"<td class=\"number\">{t.Number(app.MostInADay)}</td></tr>\n");
            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }

    private static void Logs(StringBuilder html, StatsFigures figures, ReportText t)
    {
        html.Append($"<section aria-labelledby=\"logs\">\n<h2 id=\"logs\">{E(t["logs"])}</h2>\n<p>")
            .Append(E(t.Format("logs_text", ("lines", t.Number(figures.LinesRead)), ("duplicates", t.Number(figures.Duplicates)),
                ("bots", t.Number(figures.BotRequests)), ("problems", t.Number(figures.Problems)))))
            .Append("</p>\n");
        if (figures.FirstProblems.Count > 0)
        {
            html.Append($"<p>{E(t["problems"])}</p>\n<ul>\n");
            foreach (LogProblem problem in figures.FirstProblems) html.Append($"<li>{E(problem.ToString())}</li>\n");
            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>A section heading and a bar chart whose text alternative lists every bar.</summary>
    private static void Figure(StringBuilder html, string id, string heading, IReadOnlyList<ChartBar> bars, ReportText t)
    {
        string description = bars.Count == 0 ? t["none"] : string.Join("; ", bars.Select(b => $"{b.Label}: {t.Number(b.Value)}"));
        html.Append($"<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{E(heading)}</h2>\n<figure>\n")
            .Append(SvgBarChart.Render(id + "-chart", heading, description, bars, t.Number))
            .Append($"\n<figcaption>{E(t["chart_note"])}</figcaption>\n</figure>\n");
    }

    private static long[] Cumulative(int[] perDay)
    {
        var sums = new long[perDay.Length];
        long sum = 0;
        for (int i = 0; i < perDay.Length; i++) sums[i] = sum += perDay[i];
        return sums;
    }

    private static string Period(StatsFigures figures, ReportText t) => figures.From is { } from && figures.To is { } to
        ? t.Format("period", ("from", t.Date(from)), ("to", t.Date(to)))
        : t["no_requests"];

    private static string E(string text) => ReportHtml.Escape(text);
}
