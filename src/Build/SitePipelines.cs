using Sitecast.Engine;
using Sitecast.Pipelines;

namespace Sitecast.Build;

/// <summary>Every pipeline of a site build, in one list: the place to add a new one.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline> Create(SiteContext site) =>
    [
        new Assets(site),
        new Posts(site),
        new Pages(site),
        new BlogIndex(site),
        new Home(site),
        new Tags(site),
        new Archive(site),
        new BlogFeeds(site),
        new Sitemap(site),
        new NotFound(site),
        new ImageFiles(site),
        new SiteSearch(site),
        new Episodes(site),
        new PodcastFeed(site),
        new PodcastIndex(site),
    ];
}
