using System.Collections.Concurrent;

namespace Sitecast.Output;

/// <summary>
/// A seam for tests that prove a failed write loses nothing: a write into a path under a registered prefix
/// fails with an <see cref="IOException"/> once the given number of files were written there. Keyed by path,
/// so builds into other folders running at the same time are not affected. Empty outside tests.
/// </summary>
internal static class WriteFaults
{
    private static readonly ConcurrentDictionary<string, int> RemainingByPrefix = new(StringComparer.Ordinal);

    /// <summary>Writes under <paramref name="pathPrefix"/> fail after <paramref name="filesBeforeFailure"/> succeeded.</summary>
    public static IDisposable FailAfter(string pathPrefix, int filesBeforeFailure)
    {
        RemainingByPrefix[pathPrefix] = filesBeforeFailure;
        return new Removal(pathPrefix);
    }

    /// <summary>Called before each file is written; throws when a registered fault is due.</summary>
    public static void BeforeWrite(string path)
    {
        if (RemainingByPrefix.IsEmpty) return;
        foreach (string prefix in RemainingByPrefix.Keys)
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal)) continue;
            int remaining = RemainingByPrefix.AddOrUpdate(prefix, 0, (_, left) => left - 1);
            if (remaining < 0) throw new IOException($"injected write failure at {path}");
        }
    }

    private sealed class Removal(string prefix) : IDisposable
    {
        public void Dispose() => RemainingByPrefix.TryRemove(prefix, out _);
    }
}
