using BenchmarkDotNet.Attributes;
using Sitecast.Build;
using Sitecast.Search;

namespace Sitecast.Benchmarks;

/// <summary>/search-index.json for 400 posts (the sample site's posts under other URLs): terms scored, JSON written.</summary>
[MemoryDiagnoser]
public class SearchIndexBenchmarks
{
    private List<SearchEntry> _entries = null!;

    [GlobalSetup]
    public void Setup()
    {
        SiteContext site = BenchSite.CreateContext();
        var parsed = BenchSite.ParsedPosts(site);
        _entries = Enumerable.Range(0, 400)
            .Select(i => SearchEntries.FromPost(parsed[i % parsed.Length]) with { Url = $"/blog/post-{i}/" })
            .ToList();
    }

    [Benchmark]
    public byte[] Build400Posts() => SearchIndex.BuildUtf8(_entries);
}
