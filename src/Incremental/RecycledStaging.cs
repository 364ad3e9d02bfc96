using System.Collections.Concurrent;
using System.IO.Enumeration;
using Sitecast.Output;

namespace Sitecast.Incremental;

/// <summary>
/// Writing into a recycled staging folder (see <see cref="OutputFolder.CreateStaging"/>), which holds an earlier
/// output and whatever was added to it by hand. Before a file there is kept or written, every folder on its way is
/// made sure to be a real folder: a symbolic link put there could lead a write out of the output folder. A file that
/// is not kept is removed, never written into, because it may be a hard link shared with the published output.
/// <para>
/// The folder is walked once, on another thread from the moment the build takes it, while the theme is read and the
/// pipelines read their input: its listing tells which folders are real, whether a file is still as the manifest
/// knew it, and, at the end, what the build did not write, so a large site's folder per page is not looked up on
/// disk again and again. Walked by the first write instead, it held up every other write for its length (see
/// docs/performance.md, "The 3 % recovered").
/// </para>
/// </summary>
public sealed class RecycledStaging
{
    private readonly string _root;
    private readonly string _rootFolder;
    private readonly Task<Listing> _listing;
    private readonly ConcurrentDictionary<string, bool> _checkedFolders = new(StringComparer.Ordinal);

    // Destinations whose earlier file was removed for a new one: the listing no longer tells their status.
    private readonly ConcurrentDictionary<string, bool> _replaced = new(StringComparer.Ordinal);

    public RecycledStaging(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _rootFolder = _root + Path.DirectorySeparatorChar;
        _listing = Task.Run(() => Walk(_root));
    }

    /// <summary>What the folder held at <paramref name="destination"/> (relative, with '/') when the build began.</summary>
    public RecycledEntry? StatusOf(string destination) =>
        TheListing.Entries.TryGetValue(destination, out RecycledEntry entry) ? entry : null;

    /// <summary>Makes sure every folder from the root to the file's is a folder or nothing (each is checked once).</summary>
    public void CheckFolders(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) CheckFolder(folder);
    }

    /// <summary>Removes whatever stands at the file's path, so the file can be written as a new one.</summary>
    public void ClearForWrite(string destination, string path)
    {
        _replaced[destination] = true;
        switch (StatusOf(destination)?.Kind)
        {
            case null:
                return;
            case RecycledEntry.Kinds.Folder:
                // A folder where a file must now be (a folder of pages that became one page).
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                return;
            default:
                // A link goes itself, never what it points to; unlinking a missing file does nothing.
                File.Delete(path);
                return;
        }
    }

    /// <summary>
    /// Deletes every file the folder held when the build began that this build did not write or keep (pages and
    /// files the site no longer has, and anything added by hand), and the folders left empty.
    /// </summary>
    /// <param name="written">The output paths of this build, relative, with '/'.</param>
    /// <returns>Every file that stays, with its size and time of last change, for the output's fingerprint.</returns>
    public List<(string Path, long Length, long WriteTicks)> Prune(IReadOnlySet<string> written)
    {
        Listing listing = TheListing;
        // The folders that hold a written file stay; so does what the build put in place of an entry listed at the
        // start (a link or a file removed for a folder, see CheckFolders, or a folder for a file, see ClearForWrite).
        HashSet<string> needed = FoldersOf(written);

        foreach (var (path, entry) in listing.Entries)
        {
            if (entry.Kind == RecycledEntry.Kinds.Folder || written.Contains(path) || needed.Contains(path)) continue;
            try
            {
                File.Delete(Full(path));
            }
            catch (DirectoryNotFoundException)
            {
                // Its folder went already, for a file of the same name (see ClearForWrite).
            }
        }

        // The other folders go, the deepest first (the walk listed each folder before what it holds).
        for (int i = listing.Folders.Count - 1; i >= 0; i--)
        {
            string folder = listing.Folders[i];
            // A folder that became a written file, or was removed with it, is not this walk's to delete.
            if (needed.Contains(folder) || written.Contains(folder)) continue;
            string full = Full(folder);
            if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
        }

        var kept = new List<(string, long, long)>(written.Count);
        foreach (string path in written)
        {
            if (!_replaced.ContainsKey(path) && listing.Entries.TryGetValue(path, out RecycledEntry entry) && entry.Kind == RecycledEntry.Kinds.File)
            {
                kept.Add((path, entry.Length, entry.WriteTicks));
                continue;
            }

            var file = new FileInfo(Full(path));
            if (file.Exists) kept.Add((path, file.Length, file.LastWriteTimeUtc.Ticks));
        }

        return kept;
    }

    private Listing TheListing => _listing.GetAwaiter().GetResult();

    /// <summary>Every folder that holds one of the paths, at any depth.</summary>
    private static HashSet<string> FoldersOf(IEnumerable<string> paths)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            for (int slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            {
                // A folder known already came with its parents.
                if (!folders.Add(path[..slash])) break;
            }
        }

        return folders;
    }

    private string Full(string relative) => _rootFolder + relative.Replace('/', Path.DirectorySeparatorChar);

    private void CheckFolder(string folder)
    {
        if (folder.Length <= _root.Length || _checkedFolders.ContainsKey(folder)) return;
        if (!folder.StartsWith(_rootFolder, StringComparison.Ordinal))
            throw new IOException($"'{folder}' is not inside the staging folder");
        CheckFolder(Path.GetDirectoryName(folder)!);
        string relative = folder[_rootFolder.Length..].Replace(Path.DirectorySeparatorChar, '/');
        switch (StatusOf(relative)?.Kind)
        {
            case null or RecycledEntry.Kinds.Folder:
                // A real folder, or nothing yet: the write makes it.
                break;
            default:
                // A link goes itself, never what it points to; a file where a folder must now be (a page that
                // became a folder of pages) goes too.
                File.Delete(folder);
                break;
        }

        _checkedFolders[folder] = true;
    }

    /// <summary>Every entry under <paramref name="root"/>, relative with '/'; links are listed, never followed.</summary>
    private static Listing Walk(string root)
    {
        var listing = new Listing();
        var pending = new Stack<string>();
        pending.Push("");
        while (pending.TryPop(out string? relative))
        {
            string prefix = relative.Length == 0 ? "" : relative + "/";
            var entries = new FileSystemEnumerable<(string Name, RecycledEntry Entry)>(
                relative.Length == 0 ? root : Path.Combine(root, relative),
                (ref FileSystemEntry entry) => (entry.FileName.ToString(), Describe(ref entry)),
                new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false });
            foreach (var (name, entry) in entries)
            {
                string path = prefix + name;
                listing.Entries[path] = entry;
                if (entry.Kind == RecycledEntry.Kinds.Folder)
                {
                    listing.Folders.Add(path);
                    pending.Push(path);
                }
            }
        }

        return listing;
    }

    // One status read per entry. Anything that is neither a folder nor a link (a pipe, a socket) counts as a file:
    // its status never matches the manifest's, so it is not kept.
    private static RecycledEntry Describe(ref FileSystemEntry entry)
    {
        if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint)) return new RecycledEntry(RecycledEntry.Kinds.Link, 0, 0);
        if (entry.IsDirectory) return new RecycledEntry(RecycledEntry.Kinds.Folder, 0, 0);
        return new RecycledEntry(RecycledEntry.Kinds.File, entry.Length, entry.LastWriteTimeUtc.UtcTicks);
    }

    private sealed class Listing
    {
        public Dictionary<string, RecycledEntry> Entries { get; } = new(StringComparer.Ordinal);

        /// <summary>Every folder, each before the folders it holds.</summary>
        public List<string> Folders { get; } = [];
    }
}
