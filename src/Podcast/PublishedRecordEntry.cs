namespace Sitecast.Podcast;

/// <summary>
/// One episode in podcast/published.yml: the GUID podcast apps know it by, and what recognises its audio and page
/// when the file is renamed or re-encoded. <see cref="Published"/> is null for an entry imported without a date.
/// </summary>
public sealed record PublishedRecordEntry(string Guid, string Title, DateTimeOffset? Published, string? Page, string? Integrity);
