using Sitecast.Build;
using Sitecast.Output;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Robust;

/// <summary>A build that fails while writing, or dies between the two renames of the swap, loses no published file.</summary>
public sealed class NothingLostTests
{
    private const string Files = """
        -- input/posts/2026-01-05-eins.md --
        ---
        title: Eins
        tags: [b, a]
        ---
        Text eins.
        -- input/posts/2026-01-19-zwei.md --
        ---
        title: Zwei
        ---
        Text zwei.
        -- input/pages/seite.md --
        ---
        title: Seite
        ---
        Text.
        """;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    public void A_write_that_fails_after_some_files_leaves_the_previous_output_byte_identical(int filesBeforeFailure)
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        var before = FolderSnapshot.Of(site.Output);
        int fileCount = before.Count;
        Assert.True(fileCount > filesBeforeFailure, $"the site has only {fileCount} files");
        // An edit, so the second build really writes (it is not skipped as up to date).
        site.Write("input/posts/2026-01-19-zwei.md", "---\ntitle: Zwei neu\n---\nNeuer Text.\n");

        BuildReport report = Build(site, new WriteFaults(filesBeforeFailure));

        Assert.Equal(BuildReport.ContentErrors, report.ExitCode);
        Assert.Contains(report.Diagnostics, d => d.Message.Contains("could not write", StringComparison.Ordinal) &&
                                                 d.Message.Contains("injected write failure", StringComparison.Ordinal));
        FolderSnapshot.AssertSame(before, FolderSnapshot.Of(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, "site.tmp-*"));
        Assert.Empty(Directory.GetDirectories(site.Root, "site.old-*"));

        // Without the fault the same source builds, and the edit is published.
        site.BuildOk();
        Assert.Contains("Zwei neu", site.Read("blog/zwei/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fault_given_to_one_build_does_not_touch_a_build_running_beside_it()
    {
        using var site = new TestSite(Files);
        using var other = new TestSite(Files);

        BuildReport[] reports = await Task.WhenAll(
            Task.Run(() => Build(other, new WriteFaults(0))),
            Task.Run(() => Build(site, faults: null)));

        Assert.Equal(BuildReport.ContentErrors, reports[0].ExitCode);
        Assert.True(reports[1].Succeeded, string.Join("\n", reports[1].Diagnostics));
        Assert.True(site.Exists("index.html"));
    }

    private static BuildReport Build(TestSite site, WriteFaults? faults) =>
        SiteBuilder.BuildAsync(site.Options() with { WriteFaults = faults }).GetAwaiter().GetResult();

    [Fact]
    public void A_crash_between_the_two_renames_is_repaired_by_the_next_build_even_a_failing_one()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        var before = FolderSnapshot.Of(site.Output);
        // The state Commit leaves when the process dies after moving site/ away and before moving staging in.
        string old = site.Output + ".old-" + Guid.NewGuid().ToString("N");
        string staging = site.Output + ".tmp-" + Guid.NewGuid().ToString("N");
        Directory.Move(site.Output, old);
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "half");
        site.Write("input/posts/2026-01-19-zwei.md", "---\ntitle: [kaputt\n---\nText.\n");

        BuildReport report = site.Build();

        Assert.Equal(BuildReport.ContentErrors, report.ExitCode);
        Assert.Contains(report.Diagnostics, d => d.Message.Contains("last published output was restored", StringComparison.Ordinal));
        FolderSnapshot.AssertSame(before, FolderSnapshot.Of(site.Output));
        Assert.False(Directory.Exists(old));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void A_crash_after_both_renames_leaves_only_garbage_which_the_next_build_removes()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        string old = site.Output + ".old-" + Guid.NewGuid().ToString("N");
        CopyFolder(site.Output, old);
        // Not ours by name: never touched.
        string foreign = site.Output + ".old-keep";
        Directory.CreateDirectory(foreign);
        site.Write("input/posts/2026-01-19-zwei.md", "---\ntitle: Zwei neu\n---\nText.\n");

        BuildReport report = site.BuildOk();

        Assert.Contains(report.Diagnostics, d => d.Message.Contains("left over from a build", StringComparison.Ordinal));
        Assert.False(Directory.Exists(old));
        Assert.True(Directory.Exists(foreign));
        Assert.Contains("Zwei neu", site.Read("blog/zwei/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_folder_without_the_marker_is_never_restored()
    {
        using var site = new TestSite(Files);
        string impostor = site.Output + ".old-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(impostor);
        File.WriteAllText(Path.Combine(impostor, "index.html"), "not ours");

        site.BuildOk();

        Assert.True(Directory.Exists(impostor));
        Assert.DoesNotContain("not ours", site.Read("index.html"), StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
