using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Model;

namespace Sitecast.Incremental;

/// <summary>
/// What the previous build read from each Markdown file, by the file's path, size and modification time (as make
/// does): its front matter, where each key stood, and the key of its rendered body in the Markdown index. A post
/// whose file is unchanged is then neither read nor parsed again. One binary file (<see cref="SourceIndexFile"/>),
/// .sitecast-cache/sources/index.bin, saved with the entries this build used; it is keyed by the program build and
/// the Markdown options, so a new version of the program or a changed base URL starts afresh. A damaged file is
/// ignored (every post is read). Without a cache (--no-cache) nothing is found and nothing kept.
/// </summary>
public sealed class SourceIndex
{
    private const string Kind = "sources";

    private readonly string? _path;
    private readonly string _key;
    private readonly MarkdownCacheIndex _rendered;
    private readonly BuildStatistics? _statistics;
    private readonly UsedEntries<KnownSource> _entries;

    /// <param name="rendered">Where the bodies are kept.</param>
    /// <param name="options">Everything else the stored results depend on (the Markdown rendering options).</param>
    public SourceIndex(BuildCache? cache, MarkdownCacheIndex rendered, string options, BuildStatistics? statistics = null)
    {
        _rendered = rendered;
        _statistics = statistics;
        _path = cache is null ? null : Path.Combine(cache.Root, Kind, "index.bin");
        _key = CacheKey.Of(Kind, ProgramBuild.Id, options);
        _entries = new UsedEntries<KnownSource>(Load);
    }

    /// <summary>An index that finds and keeps nothing, until the build opens the real one.</summary>
    public static SourceIndex None { get; } = new(null, MarkdownCacheIndex.None, "");

    /// <summary>
    /// The file as the last build read it when it still has the size and time it had then and its body is still in
    /// the Markdown index; else null, and the file is read.
    /// </summary>
    public MarkdownSource? Unchanged(string displayPath, FileInfo file)
    {
        if (!TryGet(displayPath, file, out KnownSource known) || !_rendered.TryGet(known.MarkdownKey, out RenderedMarkdown body)) return null;
        _statistics?.CountSourceNotRead();
        _statistics?.CountMarkdownFromCache();
        return MarkdownSource.Of(file, displayPath, known.FrontMatter, known.LocationsIn(displayPath), body, known.BodyFirstLine);
    }

    /// <summary>The front matter of a file unchanged since the last build read it, with its key positions; else null.</summary>
    public (FrontMatter FrontMatter, YamlKeyLocations Keys)? FrontMatterOf(string displayPath, FileInfo file) =>
        TryGet(displayPath, file, out KnownSource known) ? (known.FrontMatter, known.LocationsIn(displayPath)) : null;

    /// <summary>Keeps what was read from a file whose body the Markdown index holds under <paramref name="markdownKey"/>.</summary>
    /// <param name="text">The file's text, for the dates in its front matter (see UpToDateCheck.ContentDates).</param>
    public void Keep(string displayPath, FileInfo file, FrontMatter frontMatter, YamlKeyLocations keys, int yamlFirstLine,
        int bodyFirstLine, string markdownKey, string text)
    {
        if (_path is not null) Put(displayPath, KnownSource.Of(file, frontMatter, keys, yamlFirstLine, bodyFirstLine, markdownKey, text));
    }

    /// <summary>What was read from the file at <paramref name="displayPath"/> when it had its present size and time.</summary>
    public bool TryGet(string displayPath, FileInfo file, out KnownSource known) =>
        _entries.TryGet(displayPath, out known, k => k.Size == file.Length && k.Modified == file.LastWriteTimeUtc.Ticks);

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
        if (_path is null || !_entries.Changed) return;
        BuildCache.WriteAtomically(_path, stream => SourceIndexFile.Write(stream, _key, _entries.Used));
        // The JSON index of earlier versions is never read again.
        try { File.Delete(Path.ChangeExtension(_path, ".json")); } catch (IOException) { /* only space */ }
    }

    private Dictionary<string, KnownSource> Load()
    {
        var empty = new Dictionary<string, KnownSource>(StringComparer.Ordinal);
        try
        {
            return _path is not null && File.Exists(_path) ? SourceIndexFile.Read(File.ReadAllBytes(_path), _key) ?? empty : empty;
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
            yamlFirstLine, bodyFirstLine, markdownKey, UpToDateCheck.DatesInFrontMatter(new StringReader(text)));

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
