using Sitecast.Diagnostics;

namespace Sitecast.Podcast;

/// <summary>What the GUID rules need to know of an episode before it has a GUID.</summary>
public sealed record EpisodeDraft(
    string SourcePath,
    string? SidecarPath,
    string? PinnedGuid,
    SourceLocation PinLocation,
    string Slug,
    string Title,
    string Link,
    string Integrity);
