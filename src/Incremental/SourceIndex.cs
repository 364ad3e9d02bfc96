using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Model;

namespace Sitecast.Cache;

/// <summary>
/// What the previous build read from each Markdown file, by the file's path, size and modification time (as make
/// does): its front matter, where each key stood, and the key of its rendered body in the Markdown index. A post
/// whose file is unchanged is then neither read nor parsed again. One binary file (<see cref="SourceIndexFile"/>),
/// .sitecast-cache/sources/index.bin, saved with the entries this build used; it is keyed by the program build and
/// the Markdown options, so a new version of the program or a changed base URL starts afresh. A damaged file is ignored (every post is read).
/// </summary>
public sealed class SourceIndex
{
    private const string Kind = "sources";

    private readonly string _path;
    private readonly string _key;
    private readonly Build.BuildStatistics? _statistics;
    private readonly UsedEntries<KnownSource> _entries;

    /// <param name="options">Everything else the stored results depend on (the Markdown rendering options).</param>
    public SourceIndex(BuildCache cache, string options, Build.BuildStatistics? statistics = null)
    {
        _statistics = statistics;
        _path = Path.Combine(cache.Root, Kind, "index.bin");
        _key = CacheKey.Of(Kind, ProgramBuild.Id, options);
        _entries = new UsedEntries<KnownSource>(Load);
    }

    /// <summary>What was read from the file at <paramref name="displayPath"/> when it had its present size and time.</summary>
    public bool TryGet(string displayPath, FileInfo file, out KnownSource known) =>
        _entries.TryGet(displayPath, out known, k => k.Size == file.Length && k.Modified == file.LastWriteTimeUtc.Ticks);

    /// <summary>Counts a file taken from the index (for the summary and for tests).</summary>
    public void CountNotRead() => _statistics?.CountSourceNotRead();

    public void Put(string displayPath, KnownSource known) => _entries.Put(displayPath, known);

    /// <summary>
    /// The front-matter dates of a file this build read or took from the index (as it was then); else null. Does not
    /// count as a use of the entry.
    /// </summary>
    public IReadOnlyList<string>? DatesOf(string displayPath) =>
        _entries.Used.TryGetValue(displayPath, out KnownSource? known) ? known.Dates : null;

    /// <summary>Writes the index when this build added an entry or stopped using one.</summary>
    public void Save()
    {
        if (!_entries.Changed) return;
        BuildCache.WriteAtomically(_path, stream => SourceIndexFile.Write(stream, _key, _entries.Used));
        // The JSON index of earlier versions is never read again.
        try { File.Delete(Path.ChangeExtension(_path, ".json")); } catch (IOException) { /* only space */ }
    }

    private Dictionary<string, KnownSource> Load()
    {
        var empty = new Dictionary<string, KnownSource>(StringComparer.Ordinal);
        try
        {
            return File.Exists(_path) ? SourceIndexFile.Read(File.ReadAllBytes(_path), _key) ?? empty : empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return empty;
        }
    }
}

/// <summary>One Markdown file as a build read it: its stamp, its front matter with the positions of its keys, and
/// the Markdown index key of its body.</summary>
public sealed record KnownSource(
    long Size,
    long Modified,
    FrontMatter FrontMatter,
    Dictionary<string, KeyPlace> Keys,
    int YamlFirstLine,
    int BodyFirstLine,
    string MarkdownKey,
    IReadOnlyList<string> Dates)
{
    /// <param name="text">The file's text, for the dates in its front matter (see UpToDateCheck.ContentDates).</param>
    public static KnownSource Of(FileInfo file, FrontMatter frontMatter, YamlKeyLocations keys, int yamlFirstLine,
        int bodyFirstLine, string markdownKey, string text) =>
        new(file.Length, file.LastWriteTimeUtc.Ticks, frontMatter,
            keys.Keys.ToDictionary(k => k.Key, k => KeyPlace.Of(k.Value, keys.ValueOf(k.Key)), StringComparer.Ordinal),
            yamlFirstLine, bodyFirstLine, markdownKey, Build.UpToDateCheck.DatesInFrontMatter(new StringReader(text)));

    /// <summary>The key positions again, in the file they were read from.</summary>
    public YamlKeyLocations LocationsIn(string displayPath) => new(
        Keys.ToDictionary(k => k.Key, k => new SourceLocation(displayPath, k.Value.Line, k.Value.Column), StringComparer.Ordinal),
        Keys.ToDictionary(k => k.Key, k => new SourceLocation(displayPath, k.Value.ValueLine, k.Value.ValueColumn), StringComparer.Ordinal),
        new SourceLocation(displayPath, YamlFirstLine, 1));
}

/// <summary>Where a front-matter key and its value stand (the file's path is the entry's own).</summary>
public readonly record struct KeyPlace(int Line, int Column, int ValueLine, int ValueColumn)
{
    public static KeyPlace Of(SourceLocation key, SourceLocation value) => new(key.Line, key.Column, value.Line, value.Column);
}
