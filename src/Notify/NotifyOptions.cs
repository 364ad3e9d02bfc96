namespace Sitecast.Notify;

/// <summary>What `notify` needs: the built feed, where it keeps the last notified hash, and how hard it tries.</summary>
public sealed record NotifyOptions
{
    /// <summary>The built site's podcast/feed.xml.</summary>
    public required string FeedPath { get; init; }

    /// <summary>The hash of the feed as last notified (kept in the build cache folder).</summary>
    public required string StatePath { get; init; }

    /// <summary>An extra endpoint called with ?url=FEED (the Podcast Index's hub/pubnotify), or none.</summary>
    public string? PubnotifyUrl { get; init; }

    /// <summary>Exit 1 when a ping fails; without it a failure is a warning (the site is deployed already).</summary>
    public bool Strict { get; init; }

    /// <summary>How long one request may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Tries per endpoint, with the delay doubling after each failed one.</summary>
    public int Attempts { get; init; } = 3;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);
}
