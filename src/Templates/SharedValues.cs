namespace Sitecast.Templates;

/// <summary>
/// Template values shown on many pages (a post's values appear on its page and in several listings): made once,
/// never changed afterwards, so <see cref="Incremental.ModelFingerprint"/> hashes them once and reuses that hash.
/// </summary>
public sealed class SharedValues() : Dictionary<string, object?>(StringComparer.Ordinal)
{
    /// <summary>
    /// The values' hash, set by <see cref="Incremental.ModelFingerprint"/> the first time it meets them. Kept on the values
    /// themselves: in a table beside them, each first hash took a lock that thousands of pages' threads waited on.
    /// </summary>
    internal byte[]? Digest { get; set; }
}
