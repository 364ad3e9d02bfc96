using Sitecast.Content;
using Sitecast.Diagnostics;

namespace Sitecast.Templates;

/// <summary>The theme's words in the site's language, from theme/i18n/&lt;language&gt;.yml; templates read them as t.key.</summary>
public sealed class ThemeStrings
{
    private ThemeStrings(Dictionary<string, string> strings) => Values = strings;

    public IReadOnlyDictionary<string, string> Values { get; }

    public string this[string key] => Values.TryGetValue(key, out string? value) ? value : key;

    /// <summary>Merges the layers' files for the language: a site's theme overrides single strings.</summary>
    public static ThemeStrings Load(ThemeFolders theme, string language, DiagnosticBag diagnostics)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (root, display) in theme.Layers.Reverse())
        {
            string file = Path.Combine(root, "i18n", language + ".yml");
            if (!File.Exists(file)) continue;
            string shown = $"{display}/i18n/{language}.yml";
            var strings = YamlReader.Read<Dictionary<string, string>>(SourceText.Read(file, shown), shown, 1, null, diagnostics, out _);
            foreach (var (key, value) in strings) merged[key] = value;
        }

        if (merged.Count == 0)
            diagnostics.Warning(new SourceLocation($"theme/i18n/{language}.yml"),
                $"the theme has no strings for language '{language}'; keys are shown instead");
        return new ThemeStrings(merged);
    }
}
