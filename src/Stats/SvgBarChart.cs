using System.Globalization;
using System.Text;

namespace Sitecast.Stats;

/// <summary>
/// A horizontal bar chart as inline SVG: one row per bar, the label left, the value right of the bar. Named by its
/// title and described by its text alternative (role="img"); the page puts a table of the same numbers below it.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 720, LabelWidth = 260, ValueWidth = 70, Row = 28, Bar = 18;

    public static string Render(string id, string title, string description, IReadOnlyList<ChartBar> bars, Func<long, string> number)
    {
        long max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        int height = Math.Max(1, bars.Count) * Row + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(title)}</title><desc id=\"{id}-desc\">{Escape(description)}</desc>");
        for (int i = 0; i < bars.Count; i++)
        {
            ChartBar bar = bars[i];
            int y = 4 + i * Row;
            double length = (Width - LabelWidth - ValueWidth - 16) * (double)bar.Value / max;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 8}\" y=\"{y + Bar - 4}\" text-anchor=\"end\" class=\"label\">{Escape(Shorten(bar.Label, 34))}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{Math.Max(1, length):0.#}\" height=\"{Bar}\" class=\"bar\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + Bar - 4}\" class=\"value\">{Escape(number(bar.Value))}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    internal static string Escape(string text) => ReportHtml.Escape(text);

    internal static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
