using System.Globalization;
using System.Text;
using Sitecast.Cache;

namespace Sitecast.Build;

/// <summary>
/// Skips a build when nothing it reads has changed since the last successful build into the same folder,
/// the output is still as that build left it, and no scheduled date has been reached since. Inputs are
/// compared by path, size and modification time, as make does; everything in the site folder counts
/// (except output, cache, hidden folders and build folders), so a folder added later is covered too.
/// </summary>
public static class UpToDateCheck
{
    private const string Kind = "builds";

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "node_modules", "TestResults" };

    public static string InputFingerprint(BuildOptions options)
    {
        var text = new StringBuilder();
        text.Append(typeof(UpToDateCheck).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        text.Append(options.SourceRoot).Append('\n').Append(options.OutputRoot).Append('\n').Append(options.BaseUrl).Append('\n')
            .Append(options.IncludeDrafts).Append(options.IncludeFuture).Append('\n');
        string output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputRoot));
        AppendTree(text, options.SourceRoot, options.SourceRoot, output);
        AppendTree(text, options.DefaultThemeRoot, options.DefaultThemeRoot, output);
        return CacheKey.Of(text.ToString());
    }

    public static string OutputFingerprint(string outputRoot)
    {
        var text = new StringBuilder();
        if (Directory.Exists(outputRoot)) AppendTree(text, outputRoot, outputRoot, excluded: null);
        return CacheKey.Of(text.ToString());
    }

    /// <summary>The stamp of the last build into this output folder when it still holds; else null.</summary>
    /// <param name="nowIn">The build's "now" in a time zone (the stamp's: site.yml is unchanged when it is reused).</param>
    public static BuildStamp? Reusable(BuildCache cache, BuildOptions options, string inputFingerprint, Func<TimeZoneInfo, DateTimeOffset> nowIn)
    {
        if (!cache.TryGet(Kind, KeyOf(options), out BuildStamp stamp)) return null;
        if (stamp.InputFingerprint != inputFingerprint) return null;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(stamp.TimeZone, out TimeZoneInfo? zone)) return null;
        if (!TimeWindow.Contains(stamp.ValidFrom, stamp.ValidUntil, nowIn(zone))) return null;
        if (!Directory.Exists(options.OutputRoot) || OutputFingerprint(options.OutputRoot) != stamp.OutputFingerprint) return null;
        return stamp;
    }

    public static void Record(BuildCache cache, BuildOptions options, BuildStamp stamp) => cache.Put(Kind, KeyOf(options), stamp);

    private static string KeyOf(BuildOptions options) => CacheKey.Of(Kind, Path.GetFullPath(options.OutputRoot));

    private static void AppendTree(StringBuilder text, string root, string folder, string? excluded)
    {
        if (!Directory.Exists(folder)) return;
        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (FileSystemInfo entry in entries)
        {
            string full = entry.FullName;
            if (excluded is not null && (full == excluded || full.StartsWith(excluded + ".", StringComparison.Ordinal))) continue;
            if (entry is DirectoryInfo directory)
            {
                if (directory.Name.StartsWith('.') || SkippedFolders.Contains(directory.Name)) continue;
                AppendTree(text, root, full, excluded);
            }
            else if (entry is FileInfo file)
            {
                text.Append(Path.GetRelativePath(root, full)).Append('\t')
                    .Append(file.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                    .Append(file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }
    }
}
