using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Performance;

/// <summary>The input folder's links are resolved once per read; a link below it must still be followed and judged.</summary>
public sealed class ReadFilesLinkTests
{
    [Fact]
    public void A_linked_folder_among_the_posts_that_leads_outside_the_site_is_refused()
    {
        // Given a folder of posts outside the site, linked into input/posts
        using var site = new TestSite("""
            -- input/posts/2026-01-05-hallo.md --
            ---
            title: Hallo
            ---
            Text.
            """);
        string outside = Path.Combine(Path.GetTempPath(), "sitecast-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            File.WriteAllText(Path.Combine(outside, "2026-01-06-geheim.md"), "---\ntitle: Geheim\n---\nNicht veröffentlichen.\n");
            Directory.CreateSymbolicLink(Path.Combine(site.Root, "input/posts/extern"), outside);

            // When the site is built
            var report = site.Build();

            // Then the linked post is refused by name, and nothing of it is published
            Assert.False(report.Succeeded);
            Assert.Contains(report.Diagnostics, d => d.ToString().StartsWith(
                "input/posts/extern/2026-01-06-geheim.md: error: this is a symbolic link to a file outside the site folder", StringComparison.Ordinal));
            Assert.False(site.Exists("blog/geheim/index.html"));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
