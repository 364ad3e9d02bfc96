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
    private Dictionary<string, object?> _model = null!;

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

    private Dictionary<string, object?> PostModel()
    {
        var post = _post.ModelAs<Model.Post>();
        Dictionary<string, object?> model = TemplateModels.ForSite(_site, post.Url, post.Title, post.Description);
        model["post"] = TemplateModels.PostValues(_post, _site);
        model["post_nav"] = BrowseModels.NeighbourValues(_post);
        model["head"] = HeadMeta.ForPost(_post, _site);
        return model;
    }
}
