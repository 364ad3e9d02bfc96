using System.Globalization;
using System.Text;

namespace Sitecast.Stats;

/// <summary>
/// A line chart as inline SVG: x from 1 to the number of points, y from 0 to the largest value, one line per series,
/// told apart by colour and by dash pattern (not colour alone), with a legend.
/// </summary>
public static class SvgLineChart
{
    private const int Width = 720, PlotHeight = 240, Left = 56, Right = 16, Top = 12, AxisSpace = 40, LegendRow = 22;

    private static readonly string[] Colours = ["#0b5394", "#b45309", "#2f6b2f", "#7c2d8b", "#a61b1b", "#36525f", "#6b5a00", "#1f2937"];
    private static readonly string[] Dashes = ["", "8 4", "2 3", "10 3 2 3", "4 4", "12 6", "1 2", "6 2 2 2"];

    public static int MaxLines => Colours.Length;

    public static string Render(string id, string title, string description, string xLabel, IReadOnlyList<ChartLine> lines, Func<long, string> number)
    {
        int points = lines.Count == 0 ? 1 : lines.Max(l => l.Values.Count);
        long step = Step(lines.Count == 0 ? 0 : lines.Max(l => l.Values.DefaultIfEmpty(0).Max()));
        long max = step * 4;
        int height = Top + PlotHeight + AxisSpace + lines.Count * LegendRow + 8;
        double plotWidth = Width - Left - Right;
        double X(int i) => Left + (points <= 1 ? 0 : plotWidth * i / (points - 1));
        double Y(long v) => Top + PlotHeight - PlotHeight * (double)v / max;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture,
            $"<title id=\"{id}-title\">{SvgBarChart.Escape(title)}</title><desc id=\"{id}-desc\">{SvgBarChart.Escape(description)}</desc>");

        // Axes, four grid lines with their values, and day marks every week.
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + PlotHeight}\" x2=\"{Width - Right}\" y2=\"{Top + PlotHeight}\" class=\"axis\"/>");
        for (int g = 0; g <= 4; g++)
        {
            long value = step * g;
            double y = Y(value);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" class=\"grid\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" class=\"value\">{SvgBarChart.Escape(number(value))}</text>");
        }

        for (int i = 0; i < points; i += 7)
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{X(i):0.#}\" y=\"{Top + PlotHeight + 18}\" text-anchor=\"middle\" class=\"value\">{i + 1}</text>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{Left + plotWidth / 2:0.#}\" y=\"{Top + PlotHeight + 34}\" text-anchor=\"middle\" class=\"label\">{SvgBarChart.Escape(xLabel)}</text>");

        for (int l = 0; l < lines.Count; l++)
        {
            string style = $"stroke=\"{Colours[l % Colours.Length]}\"" + (Dashes[l % Dashes.Length].Length > 0 ? $" stroke-dasharray=\"{Dashes[l % Dashes.Length]}\"" : "");
            string coordinates = string.Join(' ', lines[l].Values.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(v):0.#}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{coordinates}\" class=\"series\" {style}/>");
            int y = Top + PlotHeight + AxisSpace + l * LegendRow + 12;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y - 4}\" x2=\"{Left + 36}\" y2=\"{y - 4}\" class=\"series\" {style}/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{Left + 44}\" y=\"{y}\" class=\"label\">{SvgBarChart.Escape(SvgBarChart.Shorten(lines[l].Label, 70))}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A round grid step (1, 2 or 5 times a power of ten) of which four reach the largest value.</summary>
    private static long Step(long largest)
    {
        long step = 1;
        while (true)
        {
            foreach (long factor in new long[] { 1, 2, 5 })
                if (step * factor * 4 >= largest) return step * factor;
            step *= 10;
        }
    }
}
