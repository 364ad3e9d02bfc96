using System.Text;
using Sitecast.Build;
using Sitecast.Output;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Site;

public sealed class RobustContentTests
{
    [Fact]
    public void An_empty_file_is_an_error_naming_it()
    {
        using var site = new TestSite("-- input/posts/2026-01-05-leer.md --\n");
        site.WriteBytes("input/posts/2026-01-05-leer.md", []);

        BuildReport report = site.Build();

        Assert.Equal(BuildReport.ContentErrors, report.ExitCode);
        Assert.Equal("input/posts/2026-01-05-leer.md:1:1: error: the file is empty", report.Diagnostics[0].ToString().Split('\n')[0]);
    }

    [Fact]
    public void A_50_MB_markdown_file_is_refused_quickly_without_reading_it()
    {
        using var site = new TestSite("-- input/pages/riesig.md --\n");
        string path = Path.Combine(site.Root, "input/pages/riesig.md");
        using (var file = new FileStream(path, FileMode.Create))
        {
            file.Write("---\ntitle: Riesig\n---\n"u8);
            file.SetLength(50_000_000);
        }

        BuildReport report = site.Build();

        Assert.Equal(BuildReport.ContentErrors, report.ExitCode);
        Assert.StartsWith("input/pages/riesig.md: error: the file is 50 MB; the limit is 5 MB", report.Diagnostics[0].ToString());
    }

    [Fact]
    public void Duplicate_keys_in_front_matter_are_an_error_at_the_second_key()
    {
        using var site = new TestSite("""
            -- input/pages/doppelt.md --
            ---
            title: Eins
            title: Zwei
            ---
            Text.
            """);

        BuildReport report = site.Build();

        Assert.Equal(BuildReport.ContentErrors, report.ExitCode);
        Assert.StartsWith("input/pages/doppelt.md:3:1: error: invalid YAML: Duplicate key", report.Diagnostics[0].ToString());
    }

    [Fact]
    public void A_second_build_on_the_same_output_waits_for_nobody_and_says_so()
    {
        using var site = new TestSite("""
            -- input/pages/seite.md --
            ---
            title: Seite
            ---
            Text.
            """);
        site.BuildOk();
        string before = site.Read("seite/index.html");

        using (BuildLock.TryAcquire(site.Output))
        {
            BuildReport report = site.Build();
            Assert.Equal(BuildReport.UsageError, report.ExitCode);
            Assert.Contains("another build is writing", report.Diagnostics[0].Message);
        }

        Assert.Equal(before, site.Read("seite/index.html"));
        site.BuildOk();
    }

    [Fact]
    public void A_symbolic_link_to_a_file_outside_the_site_is_refused()
    {
        using var site = new TestSite("""
            -- input/pages/seite.md --
            ---
            title: Seite
            ---
            Text.
            """);
        string outside = Path.Combine(Path.GetTempPath(), $"sitecast-secret-{Guid.NewGuid():N}.md");
        File.WriteAllText(outside, "---\ntitle: Geheim\n---\nGeheim.\n", new UTF8Encoding(false));
        try
        {
            File.CreateSymbolicLink(Path.Combine(site.Root, "input/pages/geheim.md"), outside);

            BuildReport report = site.Build();

            Assert.Equal(BuildReport.ContentErrors, report.ExitCode);
            Assert.Contains(report.Diagnostics, d => d.ToString().StartsWith(
                "input/pages/geheim.md: error: this is a symbolic link to a file outside the site folder", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(outside);
        }
    }
}
