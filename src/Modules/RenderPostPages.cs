using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Templates;

namespace Sitecast.Modules;

/// <summary>Lays out each post with layouts/post.liquid, keyed by the page's inputs (see <see cref="PostPage"/>).</summary>
public sealed class RenderPostPages(SiteContext site) : PerDocumentModule
{
    protected override Document? Execute(Document document, PipelineContext context)
    {
        SiteValues.Load(site, context);
        return (document with { Content = site.Templates.PageContent(PostPage.Of(document, site)) })
            .With(MetadataKeys.Layout, PostPage.LayoutName);
    }
}
