using System.Runtime;
using Sitecast.Cache;
using Sitecast.Output;

namespace Sitecast.Build;

/// <summary>
/// Lets a one-off build that recycles its last output run its first <see cref="Budget"/> of allocations without a
/// garbage collection. Such a build reads most of what it needs back from the caches and holds it to the end, so
/// each collection copies live data while every other thread waits: on the 4,000-post benchmark a fifth of the
/// wall time of a build after one edited post, which allocates about 200 MB. Past the budget the collector works as
/// usual. A build that turns out not to be short (it renders more than <see cref="PagesWhileDeferred"/> pages: a
/// changed theme or site.yml renders them all) collects as usual from then on, so its peak stays where a clean
/// build's is. Clean builds (several times the allocations) and long-running processes (the preview server, tests)
/// collect as usual.
/// </summary>
public static class CollectionDeferral
{
    public const long Budget = 256L * 1024 * 1024;

    /// <summary>
    /// Pages a deferred build renders before it collects as usual again. An edited post renders a few dozen pages;
    /// a new one a few hundred (the blog index's pages all shift); a changed theme every page.
    /// </summary>
    public const int PagesWhileDeferred = 1000;

    private static int _pagesRendered;

    /// <summary>
    /// True when a build with <paramref name="options"/> will most likely recycle its output: there is a spare output
    /// folder (see <see cref="OutputFolder.SpareOf"/>) and the cache that tells its files apart.
    /// </summary>
    public static bool Suits(BuildOptions options) =>
        options.UseCache
        && File.Exists(Path.Combine(OutputFolder.SpareOf(options.OutputRoot), OutputFolder.MarkerName))
        && Directory.Exists(BuildCache.ForSite(options.SourceRoot).Root);

    /// <summary>Stops collections until <see cref="Budget"/> bytes are allocated; false when the runtime refuses.</summary>
    public static bool TryBegin()
    {
        try
        {
            Interlocked.Exchange(ref _pagesRendered, 0);
            return GC.TryStartNoGCRegion(Budget);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Already deferred, or a budget this runtime's heap cannot give: collect as usual.
            return false;
        }
    }

    /// <summary>Counts a page rendered; past <see cref="PagesWhileDeferred"/>, collections resume.</summary>
    public static void PageRendered()
    {
        if (Interlocked.Increment(ref _pagesRendered) == PagesWhileDeferred + 1) End();
    }

    /// <summary>Collects as usual again; nothing to do when the budget was used up and the collector took over.</summary>
    public static void End()
    {
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
