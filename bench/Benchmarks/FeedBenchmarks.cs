using BenchmarkDotNet.Attributes;
using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Feeds;
using Sitecast.Model;

namespace Sitecast.Benchmarks;

/// <summary>The blog feeds for 20 posts: collecting them (links made absolute with an HTML parser) and writing RSS, Atom and JSON Feed.</summary>
[MemoryDiagnoser]
public class FeedBenchmarks
{
    private SiteContext _site = null!;
    private List<Document> _posts = null!;
    private BlogFeed _feed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchSite.CreateContext();
        var parsed = BenchSite.ParsedPosts(_site);
        // The sample site has a handful of posts; copies under other slugs and dates make the 20 a feed carries.
        _posts = Enumerable.Range(0, 20).Select(i =>
        {
            Document source = parsed[i % parsed.Length];
            Post post = source.ModelAs<Post>();
            string slug = $"{post.Slug}-{i}";
            return source with { Model = post with { Slug = slug, Url = $"/blog/{slug}/", Date = post.Date.AddDays(-7 * i) } };
        }).ToList();
        _feed = BlogFeedBuilder.Build(_posts, _site);
        if (_feed.Entries.Count != 20) throw new InvalidOperationException($"expected 20 feed entries, got {_feed.Entries.Count}");
    }

    [Benchmark]
    public BlogFeed Collect20Posts() => BlogFeedBuilder.Build(_posts, _site);

    [Benchmark]
    public byte[] WriteRss() => RssFeedWriter.Write(_feed);

    [Benchmark]
    public byte[] WriteAtom() => AtomFeedWriter.Write(_feed);

    [Benchmark]
    public byte[] WriteJsonFeed() => JsonFeedWriter.Write(_feed);
}
