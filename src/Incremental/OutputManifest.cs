using System.Collections.Concurrent;
using Sitecast.Output;

namespace Sitecast.Incremental;

/// <summary>
/// What the last build wrote into an output folder: for each file, the key of what it was made from (a page's
/// <see cref="Engine.RenderedContent.Key"/>, a copied file's path, size and time) and the size and modification
/// time the file had. A build takes a file over from the previous output, as a hard link (else a copy), when its
/// key is unchanged and the file is still as it was left; so pages whose values did not change are neither
/// rendered nor written again, audio is not copied again, and unchanged files keep their modification time,
/// which deploy tools (rsync, CDN uploads) read as unchanged. Kept in .sitecast-cache/outputs/, one file per
/// output folder; a missing, damaged or foreign manifest only means everything is written.
/// </summary>
public sealed class OutputManifest
{
    private const string Kind = "outputs";
    private const string Extension = ".bin";

    private readonly string _outputRoot;
    private readonly IReadOnlyDictionary<string, Entry> _previous;
    private readonly IReadOnlyDictionary<string, Entry> _spare;
    private readonly ConcurrentDictionary<string, Entry> _current;
    private readonly ConcurrentDictionary<string, bool> _takenOver;
    private int _carriedOver;

    private OutputManifest(string outputRoot, IReadOnlyDictionary<string, Entry> previous, IReadOnlyDictionary<string, Entry> spare)
    {
        _outputRoot = outputRoot;
        _previous = previous;
        _spare = spare;
        // Filled from every writing thread at once: sized for the last build's files, so they need not grow meanwhile.
        _current = new ConcurrentDictionary<string, Entry>(Environment.ProcessorCount, Math.Max(31, KnownFiles), StringComparer.Ordinal);
        _takenOver = new ConcurrentDictionary<string, bool>(Environment.ProcessorCount, Math.Max(31, KnownFiles), StringComparer.Ordinal);
    }

    /// <summary>True when the last build's output is known file by file, so it can be kept as the spare folder.</summary>
    public bool KnowsPrevious => _previous.Count > 0;

    /// <summary>True when the spare folder's files are known, so recycling it saves work.</summary>
    public bool KnowsSpare => _spare.Count > 0;

    /// <summary>How many files the last build wrote, as far as known: a size for what this build collects per file.</summary>
    public int KnownFiles => Math.Max(_previous.Count, _spare.Count);

    /// <summary>The output folder, as a full path.</summary>
    public string OutputRoot => _outputRoot;

    /// <summary>Files taken over from the previous output in this build.</summary>
    public int CarriedOver => Volatile.Read(ref _carriedOver);

    /// <summary>
    /// The manifest of the last build into <paramref name="outputRoot"/>, if that folder is still ours, and the one of
    /// the spare folder (the output before, see <see cref="OutputFolder.Retire"/>).
    /// </summary>
    public static OutputManifest Load(BuildCache cache, string outputRoot)
    {
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot));
        bool ours = File.Exists(Path.Combine(root, OutputFolder.MarkerName));
        return new OutputManifest(root,
            ours ? ReadEntries(cache, KeyOfFolder(root), root) : new Dictionary<string, Entry>(),
            ReadEntries(cache, KeyOfSpare(root), OutputFolder.SpareOf(root)));
    }

    private static Dictionary<string, Entry> ReadEntries(BuildCache cache, string key, string folder)
    {
        try
        {
            if (cache.FindBlob(Kind, key, Extension) is { } path && OutputManifestFile.Read(File.ReadAllBytes(path), folder) is { } entries)
                return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A manifest that cannot be read only means everything is written.
        }

        return new Dictionary<string, Entry>(StringComparer.Ordinal);
    }

    /// <summary>
    /// Keeps the file a recycled staging folder already holds for <paramref name="destination"/> when the spare
    /// folder's manifest says it was made from the same <paramref name="key"/> and it is unchanged on disk.
    /// </summary>
    /// <param name="onDisk">What the staging folder holds there, as its walk found it (see <see cref="RecycledStaging"/>).</param>
    public bool TryKeep(string destination, string key, RecycledEntry? onDisk)
    {
        if (!_spare.TryGetValue(destination, out Entry entry) || entry.Key != key) return false;
        if (onDisk is not { Kind: RecycledEntry.Kinds.File } file || file.Length != entry.Length || file.WriteTicks != entry.WriteTicks)
            return false;
        _current[destination] = entry;
        _takenOver[destination] = true;
        Interlocked.Increment(ref _carriedOver);
        return true;
    }

    /// <summary>
    /// Puts the previous build's file for <paramref name="destination"/> at <paramref name="stagingPath"/> when it
    /// was made from the same <paramref name="key"/> and is unchanged on disk; false when it must be written.
    /// </summary>
    public bool TryCarryOver(string destination, string key, string stagingPath)
    {
        if (!_previous.TryGetValue(destination, out Entry entry) || entry.Key != key) return false;
        string old = Path.Combine(_outputRoot, destination);
        var file = new FileInfo(old);
        if (!file.Exists || file.Length != entry.Length || file.LastWriteTimeUtc.Ticks != entry.WriteTicks) return false;
        bool linked;
        try
        {
            linked = HardLink.TryCreate(old, stagingPath);
            if (!linked) Engine.NewFile.Copy(old, stagingPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        // A link is the same file, with the size and time already known; a copy is a new file.
        if (linked) _current[destination] = entry;
        else Record(destination, key, stagingPath);
        _takenOver[destination] = true;
        Interlocked.Increment(ref _carriedOver);
        return true;
    }

    /// <summary>
    /// The key of a file this build took over from the previous output: its bytes are those the previous build
    /// left at the same place, made from the same key. Null for a file this build wrote.
    /// </summary>
    public string? KeyIfTakenOver(string destination) =>
        _takenOver.ContainsKey(destination) && _current.TryGetValue(destination, out Entry entry) ? entry.Key : null;

    /// <summary>The key this build recorded for a file it wrote or took over; null for a file without one.</summary>
    public string? KeyOf(string destination) => _current.TryGetValue(destination, out Entry entry) ? entry.Key : null;

    /// <summary>Remembers a file this build wrote (or took over) with the key it was made from.</summary>
    public void Record(string destination, string key, string stagingPath)
    {
        var file = new FileInfo(stagingPath);
        _current[destination] = new Entry(key, file.Length, file.LastWriteTimeUtc.Ticks);
    }

    /// <summary>What this build wrote, to be stored once its output is in place (see <see cref="PendingFile"/>).</summary>
    public PendingFile? PrepareSave(BuildCache cache) => Prepare(cache, KeyOfFolder(_outputRoot), _outputRoot, _current);

    /// <summary>What the replaced output held, to be stored once it has become the spare folder.</summary>
    public PendingFile? PrepareSaveSpare(BuildCache cache) => Prepare(cache, KeyOfSpare(_outputRoot), OutputFolder.SpareOf(_outputRoot), _previous);

    private static PendingFile? Prepare(BuildCache cache, string key, string folder, IEnumerable<KeyValuePair<string, Entry>> entries) =>
        cache.PrepareBlob(Kind, key, Extension, stream => OutputManifestFile.Write(stream, folder, entries));

    // One manifest per output folder: a preview or a check builds elsewhere and must not replace the build's.
    private static string KeyOfFolder(string outputRoot) => CacheKey.Of(Kind, outputRoot);

    private static string KeyOfSpare(string outputRoot) => CacheKey.Of(Kind, outputRoot, "spare");

    /// <summary>What a file was made from, and the size and modification time it was left with.</summary>
    public readonly record struct Entry(string Key, long Length, long WriteTicks);
}
