using System.Runtime;
using Sitecast.Build;
using Sitecast.Tests.Robust;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Performance;

/// <summary>
/// A one-off build that will recycle its last output runs its first allocations without garbage collection (see
/// <see cref="CollectionDeferral"/>). Alone, since the collector is the whole process's.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class CollectionDeferralTests
{
    private const string Files = """
        -- input/posts/2026-09-10-alt.md --
        ---
        title: Alt
        tags: [Daten]
        ---
        Ein *alter* Beitrag.
        -- input/posts/2026-10-08-eins.md --
        ---
        title: Eins
        tags: [Verkehr]
        ---
        Der erste Beitrag.
        """;

    [Fact]
    public void Only_a_build_that_will_recycle_a_spare_output_folder_defers_collection()
    {
        using var site = new TestSite(Files);
        Assert.False(CollectionDeferral.Suits(site.Options()));

        // The first build leaves one output and no spare; the second keeps the first output as the spare.
        site.BuildOk();
        Assert.False(CollectionDeferral.Suits(site.Options()));
        site.Write("input/posts/2026-09-10-alt.md", "---\ntitle: Alt\ntags: [Daten]\n---\nErgänzt.\n");
        site.BuildOk();
        Assert.True(CollectionDeferral.Suits(site.Options()));
        Assert.False(CollectionDeferral.Suits(site.Options() with { UseCache = false }));

        // The build it suits does recycle the spare folder.
        site.Write("input/posts/2026-10-08-eins.md", "---\ntitle: Eins\ntags: [Verkehr]\n---\nGeändert.\n");
        Assert.True(site.BuildOk().Statistics.FilesCarriedOver > 0);

        // Without the cache, the spare folder's files cannot be told apart: the build starts afresh.
        Directory.Delete(Path.Combine(site.Root, ".sitecast-cache"), recursive: true);
        Assert.False(CollectionDeferral.Suits(site.Options()));
    }

    [Fact]
    public void Deferred_collection_holds_until_ended_and_is_not_begun_twice()
    {
        Assert.True(CollectionDeferral.TryBegin());
        try
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            int collections = GC.CollectionCount(0);
            var kept = new List<byte[]>();
            for (int i = 0; i < 64; i++) kept.Add(new byte[64 * 1024]);
            Assert.Equal(collections, GC.CollectionCount(0));
            Assert.Equal(64, kept.Count);
            Assert.False(CollectionDeferral.TryBegin());
        }
        finally
        {
            CollectionDeferral.End();
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        // Ending twice does no harm.
        CollectionDeferral.End();
    }

    [Fact]
    public void A_build_that_renders_many_pages_collects_as_usual_from_then_on()
    {
        Assert.True(CollectionDeferral.TryBegin());
        try
        {
            for (int page = 0; page < CollectionDeferral.PagesWhileDeferred; page++) CollectionDeferral.PageRendered();
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

            CollectionDeferral.PageRendered();

            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            // More pages change nothing.
            CollectionDeferral.PageRendered();
        }
        finally
        {
            CollectionDeferral.End();
        }
    }
}
