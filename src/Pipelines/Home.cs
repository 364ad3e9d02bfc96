using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Modules;
using Sitecast.Templates;

namespace Sitecast.Pipelines;

/// <summary>The home page: the latest posts (and, once there is a podcast, the latest episodes).</summary>
public sealed class Home : Pipeline
{
    public const int LatestCount = 5;

    public Home(SiteContext site)
    {
        DependsOn<Posts>();
        Process.Add(new CreateDocuments(context =>
        [
            new Document
            {
                Destination = "index.html",
                Model = new ListPage { Title = site.Config.Title, Url = "/", Items = context.OutputsOf<Posts>().Take(LatestCount).ToList() },
            },
        ]));
        PostProcess.Add(new RenderLayout(site, "home",
            _ => ("/", site.Config.Title, site.Config.Description),
            d => [new("list", TemplateModels.ListValues(d.ModelAs<ListPage>(), site)), new("episodes", Array.Empty<object>())]));
        Output.Add(new WriteFiles(site));
    }
}
