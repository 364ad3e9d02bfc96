using System.Globalization;
using Sitecast.Content;
using Sitecast.Templates;

namespace Sitecast.Stats;

/// <summary>The report's words (the theme's stats_* strings) and numbers and dates in the site's language, without culture data.</summary>
public sealed class ReportText(ThemeStrings strings, string language)
{
    public string Language { get; } = language == "en" ? "en" : "de";

    public string this[string key] => strings["stats_" + key];

    public string Number(long value)
    {
        string digits = value.ToString(CultureInfo.InvariantCulture);
        string separator = Language == "en" ? "," : ".";
        for (int i = digits.Length - 3; i > (value < 0 ? 1 : 0); i -= 3) digits = digits.Insert(i, separator);
        return digits;
    }

    public string Decimal(double value)
    {
        string text = value.ToString("0.0", CultureInfo.InvariantCulture);
        return Language == "en" ? text : text.Replace('.', ',');
    }

    public string Date(DateOnly day) => DateFormatter.Long(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), Language);

    /// <summary>A list name, or the word for "unknown" when no list knew the client.</summary>
    public string Name(string name) => name.Length == 0 ? this["unknown"] : name;

    public string Kind(string kind) => this["kind_" + kind];

    public string Category(string category) => category.Length == 0 ? this["unknown"] : this["category_" + category];

    /// <summary>Fills {name} placeholders of a string with the values given.</summary>
    public string Format(string key, params (string Name, string Value)[] values)
    {
        string text = this[key];
        foreach (var (name, value) in values) text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }
}
