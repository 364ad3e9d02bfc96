using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Pipelines;

namespace Sitecast.Build;

/// <summary>Every pipeline of a site build, in one list: the place to add a new one.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline> Create(SiteContext site)
    {
        if (!site.HasTranslations)
            return [.. Shared(site), .. InLanguage(site, scope: "")];

        // A site in several languages: each language's pages come from its own pipelines (Posts, Posts.en …), each
        // with a context of that language; the files they all share (assets, images, the podcast, the sitemap) are
        // made once, with the default language's context.
        var languages = site.Languages.Select(site.ForLanguage).ToList();
        var pipelines = new List<Pipeline>(Shared(languages[0]));
        foreach (SiteContext language in languages)
            pipelines.AddRange(InLanguage(language, language.Language.IsDefault ? "" : language.Language.Code));
        return pipelines;
    }

    private static IEnumerable<Pipeline> Shared(SiteContext site) =>
    [
        new Assets(site),
        new Sitemap(site),
        new NotFound(site),
        new ImageFiles(site),
        new Episodes(site),
        new PodcastFeed(site),
    ];

    private static IEnumerable<Pipeline> InLanguage(SiteContext site, string scope) =>
    [
        new Posts(site) { Scope = scope },
        new Pages(site) { Scope = scope },
        new BlogIndex(site) { Scope = scope },
        new Home(site) { Scope = scope },
        new Tags(site) { Scope = scope },
        new Archive(site) { Scope = scope },
        new BlogFeeds(site) { Scope = scope },
        new SiteSearch(site) { Scope = scope },
        new PodcastIndex(site) { Scope = scope },
        // Another language's episode pages and, with feeds: separate, its podcast feed; the default language's are shared.
        .. site.Language.IsDefault ? (Pipeline[])[] :
        [
            new EpisodePages(site) { Scope = scope },
            new PodcastFeed(site) { Scope = scope },
        ],
    ];
}
