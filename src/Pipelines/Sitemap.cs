using Sitecast.Build;
using Sitecast.Discovery;
using Sitecast.Engine;
using Sitecast.Modules;

namespace Sitecast.Pipelines;

/// <summary>
/// /sitemap.xml and /robots.txt. Built in PostProcess, when every pipeline's pages are known, so a new
/// pipeline's pages are listed without changing this one.
/// </summary>
public sealed class Sitemap : Pipeline
{
    public Sitemap(SiteContext site)
    {
        PostProcess.Add(new CreateDocuments(context =>
        {
            var pages = context.AllProcessOutputs().SelectMany(p => p.Documents);
            if (site.HasTranslations) site.Session.Translations.Load(context, site.Languages);
            Func<string, IReadOnlyList<(string, string)>>? alternates = site.HasTranslations
                ? url => Templates.LanguageValues.Alternates(site, url).Select(a => (a.Hreflang, a.Href)).ToList()
                : null;
            return
            [
                new Document { Destination = Sitemaps.Path, Content = DocumentContent.FromBytes(Sitemaps.Write(Sitemaps.Entries(pages, site.Urls, alternates))) },
                new Document { Destination = Sitemaps.RobotsPath, Content = DocumentContent.FromText(Sitemaps.Robots(site.Urls)) },
            ];
        }));
        Output.Add(new WriteFiles(site));
    }
}
