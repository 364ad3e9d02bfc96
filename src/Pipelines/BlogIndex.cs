using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Modules;
using Sitecast.Templates;

namespace Sitecast.Pipelines;

/// <summary>The blog index: every published post, newest first, paged (/blog/, /blog/page/2/ …).</summary>
public sealed class BlogIndex : Pipeline
{
    public BlogIndex(SiteContext site)
    {
        DependsOn<Posts>();
        DependsOn<Episodes>(Phase.PostProcess); // the pages' heads link the podcast feed when there is one
        Process.Add(new CreateDocuments(context => PaginatePosts.Pages(
            context.OutputsOf<Posts>(), site.Config.PostsPerPage, site.Language.Url("/blog/"), site.Strings["blog_title"])));
        PostProcess.Add(new RenderLayout(site, "list",
            d => (d.ModelAs<ListPage>().Url, PageTitle(d.ModelAs<ListPage>(), site), null),
            d => [new("list", TemplateModels.ListValues(d.ModelAs<ListPage>(), site))]));
        Output.Add(new WriteFiles(site));
    }

    private static string PageTitle(ListPage list, SiteContext site) =>
        list.PageNumber == 1 ? list.Title : $"{list.Title} – {site.Strings["page"]} {list.PageNumber}";
}
