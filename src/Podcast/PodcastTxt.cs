namespace Sitecast.Podcast;

/// <summary>podcast:txt: free text for machines, e.g. purpose "verify" with a directory's ownership token.</summary>
public sealed class PodcastTxt
{
    public string? Purpose { get; set; }
    public string Text { get; set; } = "";
}
