namespace Sitecast.Podcast;

/// <summary>A sidecar's "soundbites" entry: times as seconds (75.5) or a clock (1:15.5).</summary>
public sealed class SoundbiteEntry
{
    public string? Start { get; set; }
    public string? Duration { get; set; }
    public string? Title { get; set; }
}
