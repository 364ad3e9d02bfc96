namespace Sitecast.Output;

/// <summary>
/// Keeps the published folder whole: a build writes into a staging folder beside it and the two are swapped
/// only when the build succeeded. A marker file tells our output apart from a folder someone else owns.
/// </summary>
public static class OutputFolder
{
    public const string MarkerName = ".sitecast-output";
    private const string MarkerText = "This folder is written by sitecast and replaced whole on every build.\n";

    /// <summary>Why this output folder must not be used, or null when it is fine.</summary>
    public static string? Refusal(string sourceRoot, string outputRoot)
    {
        string source = Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceRoot));
        string output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot));
        if (source == output)
            return $"the output folder {output} is the source folder; choose another with --output";
        if (Build.SafePaths.IsUnder(source, output))
            return $"the output folder {output} contains the source folder; choose another with --output";
        if (output == Path.GetPathRoot(output))
            return $"the output folder {output} is the root of a file system; choose another with --output";
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() &&
            !File.Exists(Path.Combine(output, MarkerName)))
            return $"the output folder {output} holds files this program did not write (it has no {MarkerName} file); " +
                   "empty it or choose another with --output";
        return null;
    }

    /// <summary>
    /// A staging folder beside the output folder (same file system, so the swap is a rename). With
    /// <paramref name="recycle"/>, the spare folder (the output before the last, see <see cref="Retire"/>) becomes
    /// the staging folder, so the files and folders that are still right need not be made again: a large site has a
    /// folder per page, and making and deleting thousands of folders is most of the disk time of a small change.
    /// Whatever it holds is checked file by file before it is kept (see <see cref="Incremental.OutputManifest.TryKeep"/>).
    /// </summary>
    public static (string Path, bool Recycled) CreateStaging(string outputRoot, bool recycle)
    {
        string output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot));
        string staging = $"{output}.tmp-{Guid.NewGuid():N}";
        string spare = SpareOf(output);
        if (Directory.Exists(spare))
        {
            if (recycle && File.Exists(Path.Combine(spare, MarkerName)))
            {
                Directory.Move(spare, staging);
                return (staging, true);
            }

            DeleteTree(spare);
        }

        Directory.CreateDirectory(staging);
        return (staging, false);
    }

    /// <summary>Where the output before the last is kept for the next build to recycle: "site.spare" beside "site".</summary>
    public static string SpareOf(string outputRoot) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot)) + ".spare";

    /// <summary>
    /// What becomes of the output a commit replaced: kept as the spare folder for the next build to recycle, or
    /// deleted. Most of its files are hard links shared with the new output, so keeping it costs little disk space.
    /// </summary>
    public static void Retire(string previous, string outputRoot, bool keepAsSpare)
    {
        if (!keepAsSpare)
        {
            DeleteTree(previous);
            return;
        }

        string spare = SpareOf(outputRoot);
        if (Directory.Exists(spare)) DeleteTree(spare);
        Directory.Move(previous, spare);
    }

    /// <summary>
    /// Marks the staging folder as ours and puts it in place of the output folder. Returns the previous output,
    /// moved aside, for <see cref="Retire"/>; null when there was none.
    /// </summary>
    public static string? Commit(string staging, string outputRoot)
    {
        File.WriteAllText(Path.Combine(staging, MarkerName), MarkerText);
        string output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot));
        string? old = null;
        if (Directory.Exists(output))
        {
            old = $"{output}.old-{Guid.NewGuid():N}";
            Directory.Move(output, old);
        }

        Directory.Move(staging, output);
        return old;
    }

    /// <summary>
    /// Deletes a folder with everything in it. A large site's previous output has thousands of folders
    /// (one per page); removing the second level in parallel keeps that from being a long serial tail of the build.
    /// </summary>
    public static void DeleteTree(string root)
    {
        string[] secondLevel = Directory.GetDirectories(root).SelectMany(Directory.GetDirectories).ToArray();
        Parallel.ForEach(secondLevel, new ParallelOptions { MaxDegreeOfParallelism = 4 }, folder => Directory.Delete(folder, recursive: true));
        Directory.Delete(root, recursive: true);
    }

    public static void Discard(string staging)
    {
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
    }
}
