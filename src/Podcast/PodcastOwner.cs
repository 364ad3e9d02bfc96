namespace Sitecast.Podcast;

/// <summary>itunes:owner in podcast.yml: who to contact about the show.</summary>
public sealed class PodcastOwner
{
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
}
