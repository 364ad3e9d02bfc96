using System.Buffers;

namespace Sitecast.Build;

/// <summary>Path checks that keep reads inside the site and writes inside the output folder.</summary>
public static class SafePaths
{
    // Control characters and those Windows refuses in file names: never in an output path segment.
    private static readonly SearchValues<char> UnsafeInSegments = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f<>\"|?*");

    /// <summary>True when the file, after following any symbolic links on the way, is inside root.</summary>
    public static bool StaysInside(string path, string root)
    {
        string full = Path.GetFullPath(path);
        string resolved = ResolveLinks(full);
        string resolvedRoot = ResolveLinks(Path.GetFullPath(root));
        return IsUnder(resolved, resolvedRoot);
    }

    /// <summary>True when path is root itself or below it (both full paths).</summary>
    public static bool IsUnder(string path, string root)
    {
        string prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return path == root.TrimEnd(Path.DirectorySeparatorChar) || path.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>
    /// The absolute path for an output-relative destination, or null when it would leave the output folder
    /// (.., an absolute path, a drive letter, a NUL or other characters no file system takes).
    /// </summary>
    public static string? ResolveDestination(string outputRoot, string destination)
    {
        if (destination.Length == 0 || destination.Contains('\0') || destination.Contains(':') ||
            destination.StartsWith('/') || destination.StartsWith('\\') || destination.Contains('\\'))
            return null;

        string[] segments = destination.Split('/');
        if (segments.Any(s => s is "" or "." or ".." || s.AsSpan().ContainsAny(UnsafeInSegments) || s.EndsWith('.') || s.EndsWith(' ')))
            return null;

        string full = Path.GetFullPath(Path.Combine(outputRoot, Path.Combine(segments)));
        return IsUnder(full, Path.GetFullPath(outputRoot)) ? full : null;
    }

    /// <summary>
    /// Like <see cref="StaysInside"/> for many files below one root: the root's own links are resolved once
    /// (<paramref name="resolvedRoot"/>, from <see cref="ResolveLinks"/>), so each file costs only the steps below it.
    /// </summary>
    public static bool StaysInside(string path, string root, string resolvedRoot)
    {
        string full = Path.GetFullPath(path);
        string fullRoot = Path.GetFullPath(root);
        if (!IsUnder(full, fullRoot)) return StaysInside(path, root);
        // Resolving root/rest from the file-system root passes through root first, giving resolvedRoot: start there.
        string resolved = ResolveLinksFrom(resolvedRoot, Path.GetRelativePath(fullRoot, full));
        return IsUnder(resolved, resolvedRoot);
    }

    /// <summary>The full path with every symbolic link on the way followed.</summary>
    public static string ResolveLinks(string path)
    {
        // Walk from the root down, following each link on the way, so a linked folder counts too.
        string? start = Path.GetPathRoot(path);
        return start is null ? path : ResolveLinksFrom(start, path[start.Length..]);
    }

    private static string ResolveLinksFrom(string start, string relative)
    {
        string current = start;
        foreach (string part in relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            for (int hops = 0; hops < 40; hops++)
            {
                FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (info.LinkTarget is null) break;
                current = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, info.LinkTarget));
            }
        }

        return current;
    }
}
