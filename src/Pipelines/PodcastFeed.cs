using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Modules;
using Sitecast.Podcast;

namespace Sitecast.Pipelines;

/// <summary>
/// site/podcast/feed.xml: the published episodes that podcast apps take, newest first. For another language, only
/// with feeds: separate in podcast.yml: /&lt;code&gt;/podcast/feed.xml, that language's translated episodes under GUIDs of
/// their own (see <see cref="TranslatedGuid"/>), with the same audio.
/// </summary>
public sealed class PodcastFeed : Pipeline
{
    public PodcastFeed(SiteContext site)
    {
        DependsOn<Episodes>();
        Process.Add(new CreateDocuments(context =>
        {
            var episodes = context.OutputsOf<Episodes>();
            if (Episodes.ChannelOf(context) is not { } original) return [];
            if (!site.Language.IsDefault && !original.Config.SeparateFeeds) return [];
            PodcastChannel channel = original.In(site.Language, site.Urls);
            var inFeed = episodes.Select(d => d.Model).OfType<Episode>().Where(e => e.InFeed)
                .Select(e => site.Language.IsDefault ? e : e.In(site.Language) is { } translated ? translated with { Guid = TranslatedGuid(e, site) } : null)
                .OfType<Episode>().ToList();
            return
            [
                new Document
                {
                    Source = PodcastConfigLoader.DisplayPath,
                    Destination = site.Language.Destination("/" + PreviousFeed.RelativePath),
                    Content = DocumentContent.FromBytes(PodcastFeedWriter.Write(channel, inFeed, site.Urls)),
                },
            ];
        }));
        Output.Add(new WriteFiles(site));
    }

    /// <summary>
    /// A translated episode's GUID: made from the original's and the language, so it is the same in every build and
    /// never one the original feed uses.
    /// </summary>
    public static string TranslatedGuid(Episode original, SiteContext site) =>
        Uuid5.Create(Uuid5.PodcastNamespace, $"{original.Guid}#{site.Language.Code}").ToString();
}
