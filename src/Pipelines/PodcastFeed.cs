using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Modules;
using Sitecast.Podcast;

namespace Sitecast.Pipelines;

/// <summary>site/podcast/feed.xml: the published episodes that podcast apps take, newest first.</summary>
public sealed class PodcastFeed : Pipeline
{
    public PodcastFeed(SiteContext site)
    {
        DependsOn<Episodes>();
        Process.Add(new CreateDocuments(context =>
        {
            var episodes = context.OutputsOf<Episodes>();
            if (episodes.Select(d => d.Model).OfType<PodcastChannel>().FirstOrDefault() is not { } channel) return [];
            var inFeed = episodes.Select(d => d.Model).OfType<Episode>().Where(e => e.InFeed).ToList();
            return
            [
                new Document
                {
                    Source = PodcastConfigLoader.DisplayPath,
                    Destination = PreviousFeed.RelativePath,
                    Content = DocumentContent.FromBytes(PodcastFeedWriter.Write(channel, inFeed, site.Urls)),
                },
            ];
        }));
        Output.Add(new WriteFiles(site));
    }
}
