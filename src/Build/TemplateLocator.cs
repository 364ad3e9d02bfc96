using Sitecast.Diagnostics;
using Sitecast.Templates;

namespace Sitecast.Build;

/// <summary>
/// Finds the file and line a link of a rendered page most likely came from: the first line that spells the URL
/// in the page's layout, base.liquid or a partial; else the layout itself.
/// </summary>
public sealed class TemplateLocator(ThemeFolders theme)
{
    private readonly Dictionary<string, (string Display, string[] Lines)?> _files = new(StringComparer.Ordinal);

    public SourceLocation? Find(string? layout, string url)
    {
        var candidates = new List<string>();
        if (layout is not null) candidates.Add($"layouts/{layout}.liquid");
        candidates.Add("layouts/base.liquid");
        candidates.AddRange(theme.FilesUnder("partials", "*.liquid").Select(f => "partials/" + f.Relative));

        foreach (string relative in candidates)
        {
            if (Load(relative) is not { } file) continue;
            for (int i = 0; i < file.Lines.Length; i++)
            {
                int column = file.Lines[i].IndexOf(url, StringComparison.Ordinal);
                if (column >= 0) return new SourceLocation(file.Display, i + 1, column + 1);
            }
        }

        return layout is not null && Load($"layouts/{layout}.liquid") is { } layoutFile ? new SourceLocation(layoutFile.Display) : null;
    }

    /// <summary>The first line of any text file that spells the URL.</summary>
    public SourceLocation? FindInFile(string path, string display, string url)
    {
        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            int column = lines[i].IndexOf(url, StringComparison.Ordinal);
            if (column >= 0) return new SourceLocation(display, i + 1, column + 1);
        }

        return null;
    }

    private (string Display, string[] Lines)? Load(string relative)
    {
        if (_files.TryGetValue(relative, out var cached)) return cached;
        var found = theme.Find(relative);
        (string, string[])? file = found is { } f ? (f.Display, File.ReadAllLines(f.Path)) : null;
        _files[relative] = file;
        return file;
    }
}
