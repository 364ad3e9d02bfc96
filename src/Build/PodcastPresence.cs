namespace Sitecast.Build;

/// <summary>
/// Whether this build has a podcast: set by the Episodes pipeline in its Process phase once podcast.yml and the
/// cover loaded. Pages are rendered in PostProcess, after every Process phase, so they see the final value and
/// announce the podcast feed exactly when it is written.
/// </summary>
public sealed class PodcastPresence
{
    private volatile bool _loaded;

    public bool Loaded => _loaded;

    public void MarkLoaded() => _loaded = true;

    private volatile bool _separateFeeds;

    /// <summary>Each language has its own podcast feed (podcast.yml, feeds: separate).</summary>
    public bool SeparateFeeds => _separateFeeds;

    public void MarkSeparateFeeds() => _separateFeeds = true;
}
