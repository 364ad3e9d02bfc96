using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Modules;
using Sitecast.Podcast;

namespace Sitecast.Pipelines;

/// <summary>/podcast/: the series with its cover, description, subscribe links, the feed URL and every episode.</summary>
public sealed class PodcastIndex : Pipeline
{
    public PodcastIndex(SiteContext site)
    {
        DependsOn<Episodes>();
        Process.Add(new CreateDocuments(context =>
        {
            var outputs = context.OutputsOf<Episodes>();
            if (Episodes.ChannelOf(context) is not { } channel) return [];
            // In another language: its translated episodes, and the others as they are, on their original pages.
            var episodes = outputs.Select(d => d.Model).OfType<Episode>().Select(e => e.In(site.Language) ?? e).ToList();
            var page = new PodcastPage(channel.In(site.Language, site.Urls), episodes);
            var document = new Document
            {
                Source = PodcastConfigLoader.DisplayPath, Destination = site.Language.Destination(PodcastChannel.Url), Model = page,
            };
            // For the sitemap: the page changes when an episode is added, so it is as new as the newest episode.
            return [page.Episodes.Count > 0 ? document.With(LastModified.Key, page.Episodes.Max(e => e.Date)) : document];
        }));
        PostProcess.Add(new RenderLayout(site, "podcast",
            d => (site.Language.Url(PodcastChannel.Url), d.ModelAs<PodcastPage>().Channel.Config.Title, d.ModelAs<PodcastPage>().Channel.Config.Description),
            d =>
            [
                new("podcast", PodcastTemplateValues.Channel(d.ModelAs<PodcastPage>().Channel, site)),
                new("episodes", d.ModelAs<PodcastPage>().Episodes.Select(e => PodcastTemplateValues.Episode(e, site)).ToList()),
                new("json_ld", PodcastTemplateValues.SeriesJsonLd(d.ModelAs<PodcastPage>().Channel, site)),
            ]));
        Output.Add(new WriteFiles(site));
    }
}
