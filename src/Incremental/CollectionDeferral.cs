using System.Runtime;
using Sitecast.Build;
using Sitecast.Output;

namespace Sitecast.Incremental;

/// <summary>
/// Lets a one-off build that will recycle its last output run its first <see cref="Budget"/> of allocations without a
/// garbage collection. Such a build reads most of what it needs back from the caches and holds it to the end, so
/// each collection copies live data while the other threads wait; a build after one edited post of 4,000 allocates
/// about 200 MB. Past the budget the collector takes over as usual. Clean builds and long-running processes (the
/// preview server, tests) are not deferred. The figures are in docs/performance.md.
/// </summary>
public static class CollectionDeferral
{
    public const long Budget = 256L * 1024 * 1024;

    /// <summary>A build with these options will most likely recycle its output: a spare output folder and the cache that knows its files.</summary>
    public static bool Suits(BuildOptions options) =>
        options.UseCache
        && File.Exists(Path.Combine(OutputFolder.SpareOf(options.OutputRoot), OutputFolder.MarkerName))
        && Directory.Exists(BuildReuse.FolderOf(options.SourceRoot));

    /// <summary>Runs <paramref name="build"/> without collections until the budget is used, when it <see cref="Suits"/>.</summary>
    public static T Run<T>(BuildOptions options, Func<T> build)
    {
        bool deferred = Suits(options) && TryBegin();
        try
        {
            return build();
        }
        finally
        {
            if (deferred) End();
        }
    }

    private static bool TryBegin()
    {
        try
        {
            return GC.TryStartNoGCRegion(Budget);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Already deferred, or a budget this runtime's heap cannot give: collect as usual.
            return false;
        }
    }

    private static void End()
    {
        // Nothing to end when the budget was used up and the collector took over.
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return;
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // A collection ended the region meanwhile.
        }
    }
}
