using System.Collections.Concurrent;

namespace Sitecast.Incremental;

/// <summary>
/// The entries of a cache file as a build uses them: those the last build stored (loaded on first use), and those
/// this build used or added, which are what is saved, so entries no build needs any more do not pile up.
/// </summary>
public sealed class UsedEntries<T>(Func<Dictionary<string, T>> load) where T : class
{
    private readonly Lazy<Dictionary<string, T>> _stored = new(load);
    private readonly ConcurrentDictionary<string, T> _used = new(StringComparer.Ordinal);
    private int _added;

    /// <summary>The entry for <paramref name="key"/> when <paramref name="stillRight"/> (if given) accepts it; it then counts as used.</summary>
    public bool TryGet(string key, out T value, Func<T, bool>? stillRight = null)
    {
        if (!_used.TryGetValue(key, out value!) && !_stored.Value.TryGetValue(key, out value!)) return false;
        if (stillRight is not null && !stillRight(value)) return false;
        _used[key] = value;
        return true;
    }

    public void Put(string key, T value)
    {
        _used[key] = value;
        Interlocked.Exchange(ref _added, 1);
    }

    /// <summary>True when this build added an entry or no longer uses a stored one: the file must be written.</summary>
    public bool Changed => Volatile.Read(ref _added) == 1 || _stored.Value.Count != _used.Count;

    /// <summary>How many entries the file held when it was read.</summary>
    public int StoredCount => _stored.Value.Count;

    /// <summary>What this build used and added: what the file holds next.</summary>
    public IReadOnlyDictionary<string, T> Used => _used;
}
