namespace Sitecast.Podcast;

/// <summary>A sidecar's "socialInteract": the post where listeners comment on the episode (podcast:socialInteract).</summary>
public sealed class SocialInteract
{
    /// <summary>activitypub, atproto, twitter, nostr, matrix, … or disabled.</summary>
    public string Protocol { get; set; } = "";

    public string? Uri { get; set; }
    public string? AccountId { get; set; }
    public string? AccountUrl { get; set; }
    public int? Priority { get; set; }

    public static readonly string[] Protocols = ["disabled", "activitypub", "atproto", "twitter", "lightning", "nostr", "matrix", "hive", "xmpp"];
}
