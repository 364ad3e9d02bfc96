using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Templates;

namespace Sitecast.Modules;

/// <summary>
/// Renders each document through a theme layout wrapped in base.liquid. <paramref name="values"/> adds the
/// page-type values (post, page, list …) to the values every page gets.
/// </summary>
public sealed class RenderLayout(
    SiteContext site,
    string layout,
    Func<Document, (string Url, string Title, string? Description)> describe,
    Func<Document, IEnumerable<KeyValuePair<string, object?>>> values) : PerDocumentModule
{
    protected override Document? Execute(Document document, PipelineContext context)
    {
        Templates.SiteValues.Load(site, context);
        var (url, title, description) = describe(document);
        var page = new LayoutPage(layout, PageFrame.For(site, url, title, description), values(document));
        return (document with { Content = site.Templates.PageContent(page) })
            .With(MetadataKeys.Layout, layout);
    }
}
