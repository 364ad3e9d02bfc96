using Sitecast.Build;
using Sitecast.Output;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Site;

public sealed class OutputSafetyTests
{
    private const string Files = """
        -- input/posts/2026-01-05-eins.md --
        ---
        title: Eins
        tags: [b, a]
        ---
        "Text" mit Fußnote[^1].

        [^1]: Fuß.
        -- input/posts/2026-01-19-zwei.md --
        ---
        title: Zwei
        ---
        Text.
        -- input/pages/seite.md --
        ---
        title: Seite
        ---
        Text.
        """;

    [Fact]
    public void The_same_input_gives_byte_identical_output()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        var first = FolderSnapshot.Of(site.Output);
        site.BuildOk();
        var second = FolderSnapshot.Of(site.Output);

        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first) Assert.True(bytes.SequenceEqual(second[path]), $"{path} differs");
        Assert.DoesNotContain(first, f => f.Value.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.DoesNotContain(first, f => f.Key.EndsWith(".html") && f.Value.Contains((byte)'\r'));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        var before = FolderSnapshot.Of(site.Output);

        site.Write("input/posts/2026-01-19-zwei.md", "---\ntitle: [kaputt\n---\nText.\n");
        BuildReport report = site.Build();

        Assert.Equal(BuildReport.ContentErrors, report.ExitCode);
        FolderSnapshot.AssertSame(before, FolderSnapshot.Of(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, "site.tmp-*"));
    }

    [Fact]
    public void A_folder_with_foreign_files_is_not_used_as_output()
    {
        using var site = new TestSite(Files);
        site.Write("site/wichtig.txt", "nicht löschen");

        BuildReport report = site.Build();

        Assert.Equal(BuildReport.UsageError, report.ExitCode);
        Assert.Contains("holds files this program did not write", report.Diagnostics[0].Message);
        Assert.Equal("nicht löschen", File.ReadAllText(Path.Combine(site.Output, "wichtig.txt")));
    }

    [Fact]
    public void The_source_folder_or_a_parent_of_it_is_not_used_as_output()
    {
        using var site = new TestSite(Files);

        Assert.Equal(BuildReport.UsageError, site.Build(output: site.Root).ExitCode);
        Assert.Equal(BuildReport.UsageError, site.Build(output: Path.GetDirectoryName(site.Root)).ExitCode);
    }

    [Fact]
    public void Our_output_carries_the_marker_and_is_replaced_whole()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        Assert.True(site.Exists(OutputFolder.MarkerName));

        File.Delete(Path.Combine(site.Root, "input/pages/seite.md"));
        site.BuildOk();

        Assert.False(site.Exists("seite/index.html"), "a page whose source is gone must not linger");
    }

    [Theory]
    [InlineData("../x.html")]
    [InlineData("/etc/x.html")]
    [InlineData("C:/x.html")]
    [InlineData("a/./b.html")]
    [InlineData("a\\..\\b.html")]
    [InlineData("a/b\0.html")]
    [InlineData("")]
    public void Destinations_outside_the_output_folder_are_refused(string destination) =>
        Assert.Null(SafePaths.ResolveDestination("/tmp/out", destination));
}
