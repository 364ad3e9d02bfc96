using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Sitecast.Incremental;

/// <summary>
/// Values that are slow to make (audio facts, integrity hashes, cover sizes) kept for the next build in one binary
/// file, .sitecast-cache/&lt;name&gt;.bin: the <see cref="CacheFileHeader"/>, then each entry's key and its value as
/// JSON. The file is read on first use and saved with the entries this build used, so values of removed files do
/// not pile up. A missing, damaged or foreign file (another layout, or another program build for values that
/// depend on it) means every value is made again. Without a cache (--no-cache) every value is made and nothing
/// kept. Safe to use from several threads.
/// </summary>
public sealed class KeptValues<T> where T : class
{
    private const string Magic = "sitecast-kept-values";
    private const int Version = 1;

    private static readonly JsonTypeInfo<T> Json = (JsonTypeInfo<T>)CacheJsonContext.FileOptions.GetTypeInfo(typeof(T));

    private readonly string? _path;
    private readonly CacheFileHeader _header;
    private readonly UsedEntries<T> _entries;

    /// <param name="cache">The cache folder; null keeps nothing.</param>
    /// <param name="name">The file's name, which says what it keeps.</param>
    /// <param name="byProgramBuild">True when the values depend on how this program works: another build of it then
    /// starts afresh.</param>
    public KeptValues(BuildCache? cache, string name, bool byProgramBuild)
    {
        _path = cache is null ? null : Path.Combine(cache.Root, name + ".bin");
        _header = new CacheFileHeader(Magic, Version, byProgramBuild ? $"{name}/{ProgramBuild.Id}" : name);
        _entries = new UsedEntries<T>(Load);
    }

    /// <summary>False without a cache: an identity that costs work to make (a hash of a cover) is then not worth making.</summary>
    public bool Keeps => _path is not null;

    /// <summary>The value kept for <paramref name="identity"/> (e.g. a hash of the bytes it is made from), else the made one.</summary>
    public T GetOrMake(string identity, Func<T> make)
    {
        if (TryGet(identity, out T kept)) return kept;
        T made = make();
        Keep(identity, made);
        return made;
    }

    /// <summary>The value kept for <paramref name="identity"/>, if any.</summary>
    public bool TryGet(string identity, out T value)
    {
        value = null!;
        return _path is not null && _entries.TryGet(CacheKey.Of(identity), out value);
    }

    /// <summary>Keeps a value for the next build (nothing without a cache).</summary>
    public void Keep(string identity, T value)
    {
        if (_path is not null) _entries.Put(CacheKey.Of(identity), value);
    }

    /// <summary>
    /// The value read from a file, kept under the file's full path, size and modification time (as make does: the
    /// file is not read to find it). A file is replaced, not edited within the same tick.
    /// </summary>
    public T GetOrRead(string path, Func<string, T> read)
    {
        if (_path is null) return read(path);
        var file = new FileInfo(path);
        return GetOrMake(string.Join('\n', file.FullName, file.Length.ToString(CultureInfo.InvariantCulture),
            file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)), () => read(path));
    }

    /// <summary>How many values the last build kept (read from the file, for tests).</summary>
    internal int KeptCount => _entries.StoredCount;

    /// <summary>Writes the file when this build added an entry or stopped using one.</summary>
    public void Save()
    {
        if (_path is null || !_entries.Changed) return;
        BuildCache.WriteAtomically(_path, Write);
    }

    private void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        _header.WriteTo(writer);
        writer.Write7BitEncodedInt(_entries.Used.Count);
        foreach (var (key, value) in _entries.Used.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(value, Json);
            writer.Write(key);
            writer.Write7BitEncodedInt(json.Length);
            writer.Write(json);
        }
    }

    private Dictionary<string, T> Load()
    {
        var entries = new Dictionary<string, T>(StringComparer.Ordinal);
        try
        {
            if (_path is null || !File.Exists(_path)) return entries;
            using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(_path)), Encoding.UTF8);
            if (!_header.IsReadFrom(reader)) return entries;
            for (int count = reader.ReadCount(); count > 0; count--)
            {
                string key = reader.ReadString();
                T? value = JsonSerializer.Deserialize(reader.ReadBytes(reader.ReadCount()), Json);
                if (value is null) return [];
                entries[key] = value;
            }

            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException
                                      or JsonException or ArgumentException or NotSupportedException)
        {
            return [];
        }
    }
}
