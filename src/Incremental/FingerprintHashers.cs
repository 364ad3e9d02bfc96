using System.Collections.Concurrent;
using System.IO.Hashing;

namespace Sitecast.Incremental;

/// <summary>
/// Spare hashers for the fingerprints of one build's pages (see <see cref="ModelFingerprint"/>): a site's pages take
/// tens of thousands of them, a few hundred bytes each. Owned by the build's templates, so none outlives the build.
/// </summary>
public sealed class FingerprintHashers
{
    private readonly ConcurrentBag<XxHash128> _spare = [];

    internal XxHash128 Rent() => _spare.TryTake(out XxHash128? hash) ? hash : new XxHash128();

    internal void Return(XxHash128 hash)
    {
        hash.Reset();
        _spare.Add(hash);
    }
}
