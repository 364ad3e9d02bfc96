using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Modules;
using Sitecast.Templates;

namespace Sitecast.Pipelines;

/// <summary>Static pages: input/pages/*.md → /&lt;slug&gt;/.</summary>
public sealed class Pages : Pipeline
{
    public Pages(SiteContext site)
    {
        DependsOn<Episodes>(Phase.PostProcess); // the pages' heads link the podcast feed when there is one
        Input.Add(new ReadFiles(site.SourcePath("input/pages"), "input/pages", "*.md", recursive: true));
        if (site.HasTranslations) Input.Add(new SelectLanguage(site, "page"));
        Process.Add(new ParsePages(site));
        PostProcess.Add(new RenderLayout(site, "page",
            d => (d.ModelAs<Page>().Url, d.ModelAs<Page>().Title, d.ModelAs<Page>().Description),
            d => [new("page_content", TemplateModels.PageValues(d.ModelAs<Page>()))]));
        Output.Add(new WriteFiles(site));
    }
}
