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
        string url = UrlFor(site.Config.Language);
        string title = site.Strings["search_title"];

        // The page is created in Process, so the sitemap (which reads Process outputs) lists it; it is rendered like
        // any other page. The index needs everyone's Process outputs, so it comes after, in PostProcess.
        Process.Add(new CreateDocuments(_ => [new Document { Destination = url.TrimStart('/') + "index.html" }]));
        PostProcess.Add(new RenderLayout(site, "search", _ => (url, title, null), _ =>
        [
            new("search", new Dictionary<string, object?> { ["url"] = url, ["index_url"] = "/" + IndexPath }),
        ]));
        PostProcess.Add(new CreateDocuments(context => [IndexDocument(site, context)]));
        Output.Add(new WriteFiles(site));
    }

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
        var all = context.AllProcessOutputs().SelectMany(p => p.Documents);
        var entries = SearchEntries.From(context.OutputsOf<Posts>(), all)
            .Select(e => e with { Url = site.Urls.Relative(e.Url) })
            .ToList();
        // The scores of entries unchanged since the last build come from the cache (see StoredScores).
        string? scoresPath = site.Cache is null ? null : Path.Combine(site.Cache.Root, "search", "scores.bin");
        // Scored now; the JSON is written straight into the file.
        IReadOnlyList<IndexTerm> terms = SearchIndex.Terms(entries, scoresPath);
        return new Document { Destination = IndexPath, Content = new StreamedContent(stream => SearchIndex.WriteUtf8(entries, terms, stream)) };
    }
}
