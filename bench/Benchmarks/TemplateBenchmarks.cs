using BenchmarkDotNet.Attributes;
using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Templates;

namespace Sitecast.Benchmarks;

/// <summary>A post page with the shipped theme: layouts/post.liquid inside layouts/base.liquid, as the Posts pipeline renders it.</summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private SiteContext _site = null!;
    private Document _post = null!;
    private IReadOnlyDictionary<string, object?> _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchSite.CreateContext();
        _post = BenchSite.ParsedPosts(_site)[1];
        _model = PostModel();
    }

    /// <summary>Only the Liquid rendering, with the values already built.</summary>
    [Benchmark]
    public string RenderPostPage() => _site.Templates.RenderPage("post", _model);

    /// <summary>The values (site, page, post, head) and the rendering: what one post costs in the PostProcess phase.</summary>
    [Benchmark]
    public string BuildValuesAndRenderPostPage() => _site.Templates.RenderPage("post", PostModel());

    private IReadOnlyDictionary<string, object?> PostModel() => PostPage.Of(_post, _site).Values();
}
