using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Modules;
using Sitecast.Search;

namespace Sitecast.Pipelines;

/// <summary>
/// The search page (/suche/, or /search/ for English sites) and the static index it loads, /search-index.json:
/// every post, plus whatever other pipelines offer under <see cref="SearchMetadata.Entry"/> (episodes …).
/// </summary>
public sealed class SiteSearch : Pipeline
{
    public const string IndexPath = "search-index.json";

    public SiteSearch(SiteContext site)
    {
        if (site.Config.BenchmarkEqualWork) return;
        DependsOn<Posts>(Phase.PostProcess); // the index lists every post
        DependsOn<Episodes>(Phase.PostProcess); // the pages' heads link the podcast feed when there is one
        string url = site.Language.Url(UrlFor(site.Config.Language));
        string indexUrl = site.Language.Url("/" + IndexPath);
        string title = site.Strings["search_title"];

        // The page is created in Process, so the sitemap (which reads Process outputs) lists it; it is rendered like
        // any other page. The index needs everyone's Process outputs, so it comes after, in PostProcess.
        // Paired across languages although /suche/ and /en/search/ differ; "search" is also what menus name it by.
        Process.Add(new CreateDocuments(_ =>
            [new Document { Destination = url.TrimStart('/') + "index.html" }.With(MetadataKeys.TranslationKey, TranslationKey)]));
        PostProcess.Add(new RenderLayout(site, "search", _ => (url, title, null), _ =>
        [
            new("search", new Dictionary<string, object?> { ["url"] = url, ["index_url"] = indexUrl }),
        ]));
        PostProcess.Add(new CreateDocuments(context => [IndexDocument(site, context)]));
        Output.Add(new WriteFiles(site));
    }

    /// <summary>The search page's translation key, which a menu entry can name it by (page: search).</summary>
    public const string TranslationKey = "page:search";

    public static string UrlFor(string language) => language == "en" ? "/search/" : "/suche/";

    /// <summary>
    /// For a site.yml menu or footer link to the search page of the other language (the sample site's menu links
    /// /suche/; a site switched to English has /search/): what to link instead. Null for any other link.
    /// </summary>
    public static string? OtherLanguageHint(Model.SiteConfig config, string url)
    {
        string own = UrlFor(config.Language);
        string other = own == UrlFor("en") ? UrlFor("de") : UrlFor("en");
        if (url != other) return null;
        Model.Link? entry = config.Menu.Concat(config.Footer).FirstOrDefault(l => l.Url == url);
        if (entry is null) return null;
        string where = config.Menu.Contains(entry) ? "menu" : "footer";
        return $"{where} entry '{entry.Title}' links {url}, which does not exist; the search page of language '{config.Language}' is {own}: " +
               $"write url: {own} in site.yml";
    }

    private static Document IndexDocument(SiteContext site, PipelineContext context)
    {
        // Only this language's pages: on a site in several, each language has its own index.
        var all = context.AllProcessOutputs().Where(p => site.Language.Builds(p.Pipeline)).SelectMany(p => p.Documents);
        var entries = SearchEntries.From(context.OutputsOf<Posts>(), all)
            .Select(e => e with { Url = site.Urls.Relative(e.Url) })
            .ToList();
        // The scores of entries unchanged since the last build are taken over; each language's index has its own,
        // since English and German words are stemmed differently.
        bool english = site.Language.Code == "en";
        // Scored now; the JSON is written straight into the file.
        IReadOnlyList<IndexTerm> terms = SearchIndex.Terms(entries, site.Session.Reuse, english);
        return new Document { Destination = site.Language.Destination("/" + IndexPath), Content = new StreamedContent(stream => SearchIndex.WriteUtf8(entries, terms, stream)) };
    }
}
