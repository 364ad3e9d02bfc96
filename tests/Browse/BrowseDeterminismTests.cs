using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Browse;

public sealed class BrowseDeterminismTests
{
    [Fact]
    public void Tags_archive_feeds_and_sitemap_are_byte_identical_from_build_to_build()
    {
        string files = BrowseSites.SiteYml(postsPerPage: 2) + BrowseSites.Posts(5, "[Straßenbäume, Netze]") + """
            -- input/posts/2025-03-01-alt.md --
            ---
            title: Alt
            tags: [straßenbäume, Öffentlicher Raum]
            ---
            Text mit [Link](../post-1/) und ![Bild](bild.png).
            -- input/pages/impressum.md --
            ---
            title: Impressum
            ---
            Text.
            """;
        using var first = new TestSite(files);
        using var second = new TestSite(files);
        // The same image bytes in both sites: its resized variants must come out identical as well.
        byte[] image = Images.TestImages.Png(900, 300);
        first.WriteBytes("input/posts/bild.png", image);
        second.WriteBytes("input/posts/bild.png", image);
        first.BuildOk(now: "2026-02-01T10:00");
        second.BuildOk(now: "2026-09-30T23:00");

        Assert.Equal(first.OutputFiles(), second.OutputFiles());
        Assert.Contains("tags/strassenbaeume/page/3/index.html", first.OutputFiles());
        Assert.Contains(first.OutputFiles(), f => f.StartsWith("images/bild-", StringComparison.Ordinal));
        foreach (string path in first.OutputFiles())
            Assert.True(File.ReadAllBytes(Path.Combine(first.Output, path)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Output, path))),
                $"{path} differs between two builds of the same site");
    }
}
