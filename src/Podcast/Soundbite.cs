namespace Sitecast.Podcast;

/// <summary>A checked podcast:soundbite: a part of the episode apps play as a preview.</summary>
public sealed record Soundbite(TimeSpan Start, TimeSpan Duration, string Title);
