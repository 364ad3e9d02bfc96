namespace Sitecast.Templates;

/// <summary>
/// The theme as layers: the site's own theme/ folder first, then the theme shipped with the program.
/// A file in the site's folder replaces the shipped file of the same name, so a site overrides only what it changes.
/// </summary>
public sealed class ThemeFolders
{
    public ThemeFolders(IEnumerable<(string Root, string Display)> layers)
    {
        Layers = layers.Where(l => Directory.Exists(l.Root)).ToList();
    }

    /// <summary>Highest priority first.</summary>
    public IReadOnlyList<(string Root, string Display)> Layers { get; }

    /// <summary>The file for a theme-relative path from the highest layer that has it, or null.</summary>
    public (string Path, string Display)? Find(string relative)
    {
        foreach (var (root, display) in Layers)
        {
            string path = Path.Combine(root, relative);
            if (File.Exists(path)) return (path, $"{display}/{relative}");
        }

        return null;
    }

    /// <summary>Every file below a theme-relative folder, one per relative path, the highest layer winning; sorted.</summary>
    public IReadOnlyList<(string Relative, string Path, string Display)> FilesUnder(string folder, string pattern = "*")
    {
        var files = new SortedDictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (root, display) in Layers.Reverse())
        {
            string dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (string file in Directory.EnumerateFiles(dir, pattern, SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
                files[relative] = (file, $"{display}/{folder}/{relative}");
            }
        }

        return files.Select(f => (f.Key, f.Value.Item1, f.Value.Item2)).ToList();
    }
}
