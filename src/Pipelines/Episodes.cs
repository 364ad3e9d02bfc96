using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Modules;
using Sitecast.Podcast;

namespace Sitecast.Pipelines;

/// <summary>
/// The podcast's episodes: podcast/podcast.yml and every audio file in podcast/ with its sidecars →
/// /podcast/&lt;slug&gt;/ pages, the audio, covers, chapters and transcripts.
/// </summary>
public sealed class Episodes : Pipeline
{
    public Episodes(SiteContext site)
    {
        // Read the channel and the episodes (tags, sidecars, covers) and check GUIDs against the published feed.
        Process.Add(new ReadEpisodes(site));

        // Lay out each episode's page, then write pages and files.
        PostProcess.Add(new RenderEpisodePages(site));
        Output.Add(new WriteFiles(site));
    }

    /// <summary>
    /// The podcast's channel when podcast.yml and its cover loaded (the PodcastFeed pipeline then writes the feed),
    /// else null. For a pipeline that declared a dependency on this one; pages, which announce the feed in their head,
    /// declare it from PostProcess on.
    /// </summary>
    public static PodcastChannel? ChannelOf(PipelineContext context) =>
        context.OutputsOf<Episodes>().Select(d => d.Model).OfType<PodcastChannel>().FirstOrDefault();
}
