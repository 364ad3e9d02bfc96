using System.Runtime;
using Sitecast.Incremental;
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
    public void A_build_it_suits_runs_without_collections_and_they_resume_after_it()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        site.Write("input/posts/2026-09-10-alt.md", "---\ntitle: Alt\ntags: [Daten]\n---\nErgänzt.\n");
        site.BuildOk();

        (GCLatencyMode mode, int collections) during = CollectionDeferral.Run(site.Options(), () =>
        {
            int before = GC.CollectionCount(0);
            var kept = new List<byte[]>();
            for (int i = 0; i < 64; i++) kept.Add(new byte[64 * 1024]);
            return (GCSettings.LatencyMode, GC.CollectionCount(0) - before + kept.Count - 64);
        });

        Assert.Equal(GCLatencyMode.NoGCRegion, during.mode);
        Assert.Equal(0, during.collections);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

        // A build it does not suit collects as usual.
        Assert.NotEqual(GCLatencyMode.NoGCRegion, CollectionDeferral.Run(site.Options() with { UseCache = false }, () => GCSettings.LatencyMode));
    }
}
