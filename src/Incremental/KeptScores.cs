namespace Sitecast.Incremental;

/// <summary>
/// The search index's scores kept for the next build (see <see cref="StoredScores"/>), one file per language's
/// index in .sitecast-cache/search/: English and German words are stemmed differently. Without a cache
/// (--no-cache) nothing is found and nothing kept.
/// </summary>
public sealed class KeptScores(BuildCache? cache)
{
    /// <summary>False without a cache: the entries' keys are then not worth making.</summary>
    public bool Keeps => cache is not null;

    /// <summary>The key of each entry, by which its scores are found again (see <see cref="EntryKey"/>).</summary>
    public UInt128[] KeysOf(IReadOnlyList<Search.SearchEntry> entries) => EntryKey.Of(entries);

    /// <summary>The last build's scores, or null when there are none this build can use.</summary>
    public StoredScores? Load(bool english) => cache is null ? null : StoredScores.Load(PathOf(cache, english));

    public void Save(bool english, IReadOnlyList<UInt128> keys, IReadOnlyList<Search.IndexTerm> terms)
    {
        if (cache is not null) StoredScores.Save(PathOf(cache, english), keys, terms);
    }

    private static string PathOf(BuildCache cache, bool english) => Path.Combine(cache.Root, "search", english ? "scores.en.bin" : "scores.bin");
}
