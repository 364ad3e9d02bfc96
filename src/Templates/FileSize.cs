using System.Globalization;

namespace Sitecast.Templates;

/// <summary>Byte counts for readers: "12,4 MB" in German, "12.4 MB" in English (decimal units, as downloads show).</summary>
public static class FileSize
{
    public static string Format(long bytes, string language)
    {
        string[] units = ["B", "KB", "MB", "GB"];
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }

        string number = value.ToString(unit == 0 ? "0" : "0.0", CultureInfo.InvariantCulture);
        if (language != "en") number = number.Replace('.', ',');
        return $"{number} {units[unit]}";
    }
}
