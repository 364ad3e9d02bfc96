using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Podcast;

namespace Sitecast.Stats;

/// <summary>The build's own reading of podcast/ (<see cref="ReadEpisodes"/>), run alone: no covers, no pages, nothing written.</summary>
public sealed class EpisodePipeline : Pipeline
{
    public EpisodePipeline(SiteContext site) => Process.Add(new ReadEpisodes(site, publishCovers: false));
}
