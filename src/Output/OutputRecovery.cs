using System.Text.RegularExpressions;

namespace Sitecast.Output;

/// <summary>
/// Puts the output folder right after a build that died half-way (power loss, kill -9). <see cref="OutputFolder.Commit"/>
/// renames the published folder to "site.old-…" and then the staging folder "site.tmp-…" to "site"; a crash between
/// the two leaves no "site" at all. Run under the build lock, before anything else looks at the output folder.
/// </summary>
public static partial class OutputRecovery
{
    /// <summary>What was repaired, one sentence each, for warnings; empty when there was nothing to do.</summary>
    public static IReadOnlyList<string> Run(string outputRoot)
    {
        string output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot));
        string? parent = Path.GetDirectoryName(output);
        if (parent is null || !Directory.Exists(parent)) return [];
        string name = Path.GetFileName(output);
        var notes = new List<string>();

        // Only folders we name ourselves ("<name>.old-<32 hex>") and that carry our marker are ever touched.
        var olds = Leftovers(parent, name, "old").Where(d => File.Exists(Path.Combine(d, OutputFolder.MarkerName)))
            .OrderByDescending(Directory.GetLastWriteTimeUtc).ThenBy(d => d, StringComparer.Ordinal).ToList();
        if (!Directory.Exists(output) && olds.Count > 0)
        {
            Directory.Move(olds[0], output);
            notes.Add($"the previous build stopped while replacing {output}; the last published output was restored from {Path.GetFileName(olds[0])}");
            olds.RemoveAt(0);
        }

        foreach (string old in olds)
        {
            Directory.Delete(old, recursive: true);
            notes.Add($"removed {Path.GetFileName(old)}, left over from a build that stopped after publishing");
        }

        // A staging folder of a build that died: never published, and no other build runs (we hold the lock).
        foreach (string staging in Leftovers(parent, name, "tmp"))
        {
            Directory.Delete(staging, recursive: true);
            notes.Add($"removed the unfinished staging folder {Path.GetFileName(staging)}");
        }

        return notes;
    }

    private static IEnumerable<string> Leftovers(string parent, string name, string kind) =>
        Directory.EnumerateDirectories(parent, $"{name}.{kind}-*")
            .Where(d => LeftoverSuffix().IsMatch(Path.GetFileName(d)[(name.Length + 1)..]) &&
                        Path.GetFileName(d).AsSpan(name.Length + 1).StartsWith(kind))
            .Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex("^(old|tmp)-[0-9a-f]{32}$")]
    private static partial Regex LeftoverSuffix();
}
