namespace Sitecast.Templates;

/// <summary>
/// Template values shown on many pages (a post's values appear on its page and in several listings): made once,
/// never changed afterwards, so <see cref="ModelFingerprint"/> hashes them once and reuses that hash.
/// </summary>
public sealed class SharedValues() : Dictionary<string, object?>(StringComparer.Ordinal);
