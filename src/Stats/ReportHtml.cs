namespace Sitecast.Stats;

/// <summary>Text for the report: control characters removed (they are not allowed in HTML), then HTML-escaped.</summary>
public static class ReportHtml
{
    public static string Printable(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        return new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
    }

    public static string Escape(string text) => Content.HtmlText.Escape(Printable(text));
}
