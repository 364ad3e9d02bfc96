using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Modules;
using Sitecast.Podcast;
using Sitecast.Templates;

namespace Sitecast.Pipelines;

/// <summary>The home page: the latest posts and the latest podcast episodes.</summary>
public sealed class Home : Pipeline
{
    public const int LatestCount = 5;

    public Home(SiteContext site)
    {
        DependsOn<Posts>();
        DependsOn<Episodes>();
        Process.Add(new CreateDocuments(context =>
        [
            new Document
            {
                Destination = site.Language.Destination("/"),
                Model = new ListPage { Title = site.Config.Title, Url = site.Language.HomeUrl, Items = context.OutputsOf<Posts>().Take(LatestCount).ToList() },
            }.With(LatestEpisodesKey, context.OutputsOf<Episodes>().Select(d => d.Model).OfType<Episode>()
                .Select(e => e.In(site.Language) ?? e).Take(LatestCount).ToList()),
        ]));
        PostProcess.Add(new RenderLayout(site, "home",
            _ => (site.Language.HomeUrl, site.Config.Title, site.Config.Description),
            d => [new("list", TemplateModels.ListValues(d.ModelAs<ListPage>(), site)), new("episodes", LatestEpisodes(d, site))]));
        Output.Add(new WriteFiles(site));
    }

    private const string LatestEpisodesKey = "latestEpisodes";

    private static List<Dictionary<string, object?>> LatestEpisodes(Document home, SiteContext site) =>
        (home.Get<List<Episode>>(LatestEpisodesKey) ?? []).Select(e => PodcastTemplateValues.Episode(e, site)).ToList();
}
