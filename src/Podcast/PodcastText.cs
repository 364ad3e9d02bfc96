namespace Sitecast.Podcast;

/// <summary>The show's title and description in another language of the site (podcast.yml, translations: en: …).</summary>
public sealed class PodcastText
{
    public string? Title { get; set; }
    public string? Description { get; set; }
}
