using Sitecast.Build;
using Sitecast.Discovery;
using Sitecast.Engine;
using Sitecast.Modules;
using Sitecast.Templates;

namespace Sitecast.Pipelines;

/// <summary>/404.html, which web servers show for a missing page: layouts/404.liquid, not in the sitemap, noindex.</summary>
public sealed class NotFound : Pipeline
{
    public NotFound(SiteContext site)
    {
        DependsOn<Episodes>(Phase.PostProcess); // the pages' heads link the podcast feed when there is one
        Process.Add(new CreateDocuments(_ => [new Document { Destination = "404.html" }.With(Sitemaps.NoIndexKey, true)]));
        PostProcess.Add(new RenderLayout(site, "404",
            _ => ("/404.html", site.Strings["not_found_title"], null),
            _ => [new("noindex", true)]));
        Output.Add(new WriteFiles(site));
    }
}
