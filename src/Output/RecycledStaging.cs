using System.Collections.Concurrent;

namespace Sitecast.Output;

/// <summary>
/// Writing into a recycled staging folder (see <see cref="OutputFolder.CreateStaging"/>), which holds an earlier
/// output and whatever was added to it by hand. Before a file there is kept or written, every folder on its way is
/// made sure to be a real folder: a symbolic link put there could lead a write out of the output folder. A file that
/// is not kept is removed, never written into, because it may be a hard link shared with the published output.
/// </summary>
public sealed class RecycledStaging(string root)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    private readonly string _rootFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
    private readonly ConcurrentDictionary<string, bool> _checkedFolders = new(StringComparer.Ordinal);

    /// <summary>Makes sure every folder from the root to the file's is a folder or nothing (each is checked once).</summary>
    public void CheckFolders(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) CheckFolder(folder);
    }

    /// <summary>Removes whatever stands at the file's path, so the file can be written as a new one.</summary>
    public static void ClearForWrite(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            // The link itself goes, never what it points to.
            if (Directory.Exists(path)) Directory.Delete(path);
            else File.Delete(path);
        }
        else if (info.Exists)
        {
            File.Delete(path);
        }
        else if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private void CheckFolder(string folder)
    {
        if (folder.Length <= _root.Length || _checkedFolders.ContainsKey(folder)) return;
        if (!folder.StartsWith(_rootFolder, StringComparison.Ordinal))
            throw new IOException($"'{folder}' is not inside the staging folder");
        CheckFolder(Path.GetDirectoryName(folder)!);
        var info = new DirectoryInfo(folder);
        if (info.LinkTarget is not null)
        {
            // The link itself goes, never what it points to.
            if (info.Exists) Directory.Delete(folder);
            else File.Delete(folder);
        }
        else if (!info.Exists && File.Exists(folder))
        {
            // A file where a folder must now be (a page that became a folder of pages).
            File.Delete(folder);
        }

        _checkedFolders[folder] = true;
    }
}
