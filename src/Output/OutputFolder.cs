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

    /// <summary>A new, empty staging folder beside the output folder (same file system, so the swap is a rename).</summary>
    public static string CreateStaging(string outputRoot)
    {
        string output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot));
        string staging = $"{output}.tmp-{Guid.NewGuid():N}";
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>
    /// Marks the staging folder as ours and puts it in place of the output folder. Returns the previous output,
    /// moved aside, for <see cref="DeleteTree"/>; null when there was none.
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
