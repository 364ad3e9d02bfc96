using System.Globalization;
using System.Text;
using Sitecast.Build;
using Sitecast.Content;

namespace Sitecast.Incremental;

/// <summary>
/// Skips a build when nothing it reads has changed since the last successful build into the same folder,
/// the output is still as that build left it, and no date in the content lies between the last build's "now"
/// and this one's (so a scheduled post or episode appears on its day without a file changing). Inputs are
/// compared by path, size and modification time, as make does: site.yml and everything under the folders a build
/// reads (<see cref="ReadFolders"/>; hidden and build folders excepted), and the default theme. A pipeline that
/// reads another folder must add it there.
/// </summary>
public static partial class UpToDateCheck
{
    private const string Kind = "builds";
    private const string Extension = ".bin";

    /// <summary>
    /// What a build reads besides site.yml. The rest of the site folder (a repository's tests, benchmarks, tools)
    /// does not change the output and is not walked.
    /// </summary>
    public static readonly string[] ReadFolders = ["input", "podcast", "theme"];

    // Where posts and episodes are dated.
    private static readonly string[] ContentFolders = ["input", "podcast"];

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "node_modules", "TestResults" };

    /// <summary>
    /// Path, size and modification time of every input file, hashed; nothing is read. The files of the content
    /// folders are added to <paramref name="contentFiles"/>, when given, for <see cref="ContentDates"/>: a large site's
    /// folders are then walked once a build.
    /// </summary>
    public static string InputFingerprint(BuildOptions options, List<FileInfo>? contentFiles = null)
    {
        var text = new StringBuilder();
        text.Append(ProgramBuild.Id).Append('\n');
        text.Append(options.SourceRoot).Append('\n').Append(options.OutputRoot).Append('\n').Append(options.BaseUrl).Append('\n')
            .Append(options.IncludeDrafts).Append(options.IncludeFuture).Append('\n');
        string output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputRoot));
        string config = Path.Combine(options.SourceRoot, SiteConfigLoader.FileName);
        if (File.Exists(config)) AppendFile(text, options.SourceRoot, new FileInfo(config));
        foreach (string folder in ReadFolders)
        {
            List<FileInfo>? listed = ContentFolders.Contains(folder) ? contentFiles : null;
            VisitFiles(Path.Combine(options.SourceRoot, folder), output, file =>
            {
                AppendFile(text, options.SourceRoot, file);
                listed?.Add(file);
            });
        }

        AppendTree(text, options.DefaultThemeRoot, options.DefaultThemeRoot, output);
        return CacheKey.Of(text.ToString());
    }

    /// <summary>
    /// Every date written in the site's files (front-matter "date:" lines, dated file names). A skipped build reuses
    /// the list: with the fingerprint unchanged, so are the files. The dates of a Markdown file the build read are
    /// taken from <paramref name="sources"/>, which found them by the same rule; other files are read. A file
    /// changed since the build read it cannot make the list wrong: the input fingerprint, taken before, then differs
    /// too, and the next build runs.
    /// </summary>
    /// <param name="contentFiles">The content folders' files as <see cref="InputFingerprint"/> listed them; when not
    /// given, the folders are walked.</param>
    public static IReadOnlyList<string> ContentDates(BuildOptions options, SourceIndex? sources = null,
        IReadOnlyList<FileInfo>? contentFiles = null)
    {
        var dates = new List<string>();
        if (contentFiles is not null)
        {
            foreach (FileInfo file in contentFiles) CollectDates(options.SourceRoot, file, dates, sources);
            return dates;
        }

        string output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputRoot));
        foreach (string folder in ContentFolders)
            VisitFiles(Path.Combine(options.SourceRoot, folder), output, file => CollectDates(options.SourceRoot, file, dates, sources));
        return dates;
    }

    /// <summary>
    /// The dates of a Markdown file's front matter, from the first line "---" to the next "---" or "...": every
    /// value of a key ending in "date" that starts with a digit.
    /// </summary>
    public static List<string> DatesInFrontMatter(TextReader reader)
    {
        var dates = new List<string>();
        if (reader.ReadLine()?.TrimEnd() != "---") return dates;
        while (reader.ReadLine() is { } line && line.TrimEnd() is not ("---" or "..."))
        {
            if (DateLine().Match(line) is { Success: true } date) dates.Add(date.Groups[1].Value.Trim());
        }

        return dates;
    }

    /// <summary>
    /// Path, size and modification time of every output file, hashed. The marker file that the swap writes last is
    /// left out, so the fingerprint can be taken of the finished staging folder before it is swapped in.
    /// </summary>
    public static string OutputFingerprint(string outputRoot)
    {
        var text = new StringBuilder();
        if (Directory.Exists(outputRoot))
            AppendTree(text, outputRoot, outputRoot, excluded: Path.Combine(Path.GetFullPath(outputRoot), Output.OutputFolder.MarkerName));
        return CacheKey.Of(text.ToString());
    }

    /// <summary>
    /// <see cref="OutputFingerprint(string)"/> of a folder that holds just <paramref name="files"/> (paths relative
    /// to it with '/', and the status a walk read), without walking it again: the same files in the same order.
    /// </summary>
    public static string OutputFingerprint(IEnumerable<(string Path, long Length, long WriteTicks)> files)
    {
        var text = new StringBuilder();
        foreach (var (path, length, writeTicks) in files
                     .Where(f => f.Path != Output.OutputFolder.MarkerName && !InSkippedFolder(f.Path))
                     .OrderBy(f => f.Path, PathOrder.Instance))
            AppendEntry(text, path.Replace('/', Path.DirectorySeparatorChar), length, writeTicks);

        return CacheKey.Of(text.ToString());
    }

    private static bool InSkippedFolder(string path) => path.Split('/')[..^1].Any(IsSkippedFolder);

    // Hidden folders and those of build tools are never walked.
    private static bool IsSkippedFolder(string name) => name.StartsWith('.') || SkippedFolders.Contains(name);

    /// <summary>The order <see cref="VisitFiles"/> visits files in: each folder's entries by name, a folder's files where its name sorts.</summary>
    private sealed class PathOrder : IComparer<string>
    {
        public static readonly PathOrder Instance = new();

        // Segment by segment, over spans: a sort compares tens of thousands of pairs.
        public int Compare(string? x, string? y)
        {
            ReadOnlySpan<char> a = x, b = y;
            while (true)
            {
                int slashA = a.IndexOf('/'), slashB = b.IndexOf('/');
                int order = (slashA < 0 ? a : a[..slashA]).SequenceCompareTo(slashB < 0 ? b : b[..slashB]);
                if (order != 0) return order;
                // The same segments so far: the path with fewer of them comes first.
                if (slashA < 0 || slashB < 0) return (slashA < 0 ? 0 : 1) - (slashB < 0 ? 0 : 1);
                a = a[(slashA + 1)..];
                b = b[(slashB + 1)..];
            }
        }
    }

    /// <summary>The stamp of the last build into this output folder when it still holds; else null.</summary>
    /// <param name="nowIn">The build's "now" in a time zone (the stamp's: site.yml is unchanged when it is reused).</param>
    public static BuildStamp? Reusable(BuildCache cache, BuildOptions options, string inputFingerprint, Func<TimeZoneInfo, DateTimeOffset> nowIn)
    {
        if (cache.FindBlob(Kind, KeyOf(options), Extension) is not { } file) return null;
        BuildStamp? stamp;
        try
        {
            stamp = BuildStampFile.Read(File.ReadAllBytes(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (stamp is null || stamp.InputFingerprint != inputFingerprint) return null;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(stamp.TimeZone, out TimeZoneInfo? zone)) return null;
        DateTimeOffset now = nowIn(zone);
        if (!TimeWindow.Contains(stamp.ValidFrom, stamp.ValidUntil, now)) return null;
        if (DateReachedBetween(stamp.ContentDates, stamp.BuiltAt, now, zone)) return null;
        if (!Directory.Exists(options.OutputRoot) || OutputFingerprint(options.OutputRoot) != stamp.OutputFingerprint) return null;
        return stamp;
    }

    public static void Record(BuildCache cache, BuildOptions options, BuildStamp stamp) =>
        cache.PutBlob(Kind, KeyOf(options), Extension, stream => BuildStampFile.Write(stream, stamp));

    private static string KeyOf(BuildOptions options) => CacheKey.Of(Kind, Path.GetFullPath(options.OutputRoot));

    /// <summary>True when a content date d has from &lt; d ≤ to (or the other way round): content published by then differs.</summary>
    private static bool DateReachedBetween(IReadOnlyList<string> dates, DateTimeOffset builtAt, DateTimeOffset now, TimeZoneInfo zone)
    {
        DateTimeOffset low = builtAt < now ? builtAt : now;
        DateTimeOffset high = builtAt < now ? now : builtAt;
        foreach (string text in dates)
        {
            if (ContentDate.TryParse(text, zone, out DateTimeOffset date) && date > low && date <= high) return true;
        }

        return false;
    }

    private static void CollectDates(string root, FileInfo file, List<string> dates, SourceIndex? sources)
    {
        if (DatedName().Match(file.Name) is { Success: true } match) dates.Add(match.Groups[1].Value);
        if (!file.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase)) return;
        string displayPath = Path.GetRelativePath(root, file.FullName).Replace('\\', '/');
        if (sources?.DatesOf(displayPath) is { } known)
        {
            dates.AddRange(known);
            return;
        }

        try
        {
            using var reader = new StreamReader(file.FullName, Encoding.UTF8);
            dates.AddRange(DatesInFrontMatter(reader));
        }
        catch (IOException)
        {
            // The build itself reports a file it cannot read.
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})")]
    private static partial System.Text.RegularExpressions.Regex DatedName();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z_]*[Dd]ate:\s*[""']?([0-9][0-9T:+\- ]*Z?)")]
    private static partial System.Text.RegularExpressions.Regex DateLine();

    private static void AppendTree(StringBuilder text, string root, string folder, string? excluded) =>
        VisitFiles(folder, excluded, file => AppendFile(text, root, file));

    /// <summary>Every file under <paramref name="folder"/>, each folder's entries in name order; nothing is read.</summary>
    private static void VisitFiles(string folder, string? excluded, Action<FileInfo> visit)
    {
        if (!Directory.Exists(folder)) return;
        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (FileSystemInfo entry in entries)
        {
            string full = entry.FullName;
            if (excluded is not null && (full == excluded || full.StartsWith(excluded + ".", StringComparison.Ordinal))) continue;
            if (entry is DirectoryInfo directory)
            {
                if (!IsSkippedFolder(directory.Name)) VisitFiles(full, excluded, visit);
            }
            else if (entry is FileInfo file)
            {
                visit(file);
            }
        }
    }

    private static void AppendFile(StringBuilder text, string root, FileInfo file) =>
        AppendEntry(text, Path.GetRelativePath(root, file.FullName), file);

    /// <summary>One line of a fingerprint: a file's path, size and time of last change.</summary>
    private static void AppendEntry(StringBuilder text, string relativePath, FileInfo file) =>
        AppendEntry(text, relativePath, file.Length, file.LastWriteTimeUtc.Ticks);

    private static void AppendEntry(StringBuilder text, string relativePath, long length, long writeTicks) =>
        text.Append(relativePath).Append('\t')
            .Append(length.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(writeTicks.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
