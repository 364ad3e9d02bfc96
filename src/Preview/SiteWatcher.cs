using System.Threading.Channels;

namespace Sitecast.Preview;

/// <summary>
/// Watches what a build reads (site.yml, input/, podcast/, theme/) and reports a change once things have
/// been quiet for a moment: an editor that saves in three steps, or a folder copied in, gives one rebuild.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static readonly string[] WatchedFolders = ["input", "podcast", "theme"];

    private readonly string _root;
    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly Lock _lock = new();

    public SiteWatcher(string sourceRoot)
    {
        _root = Path.GetFullPath(sourceRoot);
        // The site folder itself, not recursively: site.yml, and watched folders that appear later.
        var top = new FileSystemWatcher(_root) { IncludeSubdirectories = false, NotifyFilter = Filters };
        Hook(top, path =>
        {
            string name = Path.GetFileName(path);
            if (WatchedFolders.Contains(name) && Directory.Exists(path)) WatchFolder(path);
            return name == Build.SiteConfigLoader.FileName || WatchedFolders.Contains(name);
        });
        foreach (string folder in WatchedFolders)
        {
            string path = Path.Combine(_root, folder);
            if (Directory.Exists(path)) WatchFolder(path);
        }
    }

    /// <summary>How long things must be quiet before a change is reported.</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(150);

    private const NotifyFilters Filters =
        NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime;

    /// <summary>Waits for the next batch of changes and returns the site-relative paths that changed (sorted).</summary>
    public async Task<IReadOnlyList<string>> NextChangesAsync(CancellationToken cancellationToken)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancellationToken) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(Quiet);
            try
            {
                changed.Add(await _changes.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return changed.ToList();
            }
        }
    }

    private void WatchFolder(string path)
    {
        lock (_lock)
        {
            if (_watchers.Any(w => w.Path == path && w.IncludeSubdirectories)) return;
            Hook(new FileSystemWatcher(path) { IncludeSubdirectories = true, NotifyFilter = Filters }, _ => true);
        }
    }

    private void Hook(FileSystemWatcher watcher, Func<string, bool> relevant)
    {
        void Changed(string path)
        {
            // Editors' swap and backup files are not content.
            string name = Path.GetFileName(path);
            if (name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.StartsWith(".#", StringComparison.Ordinal)) return;
            if (relevant(path)) _changes.Writer.TryWrite(Path.GetRelativePath(_root, path).Replace('\\', '/'));
        }

        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Changed(e.OldFullPath);
            Changed(e.FullPath);
        };
        // Too many changes at once (a checkout): treat it as a change of everything.
        watcher.Error += (_, _) => _changes.Writer.TryWrite(".");
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (FileSystemWatcher watcher in _watchers) watcher.Dispose();
            _watchers.Clear();
        }

        _changes.Writer.TryComplete();
    }
}
