using System.Diagnostics;
using System.Text.RegularExpressions;
using SixLabors.ImageSharp;
using Sitecast.Build;
using Sitecast.Diagnostics;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Images;

public sealed class ResponsiveImageTests
{
    private const string PostWithImage = """
        -- input/posts/2026-01-05-bild.md --
        ---
        title: Bild
        ---

        Text vor dem Bild.

        ![Eine Straßenbahn](./tram.jpg)
        """;

    [Fact]
    public void An_image_is_resized_to_the_standard_widths_below_its_own_and_its_own_width()
    {
        // Given a 1000 px wide photo next to the post
        using var site = new TestSite(PostWithImage);
        site.WriteBytes("input/posts/tram.jpg", TestImages.Jpeg(1000, 500));

        // When the site is built
        site.BuildOk();

        // Then there are 480, 800 and 1000 px variants (1200 and 1600 would be upscaled), with the right heights
        var images = site.OutputFiles().Where(f => f.StartsWith("images/", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, images.Count);
        var sizes = images.Select(f => Image.Identify(Path.Combine(site.Output, f))).Select(i => (i.Width, i.Height))
            .OrderBy(s => s.Width).ToList();
        Assert.Equal([(480, 240), (800, 400), (1000, 500)], sizes);
        Assert.All(images, f => Assert.Matches(@"^images/tram-\d+-[0-9a-f]{16}\.jpg$", f));
    }

    [Fact]
    public void The_img_element_has_srcset_sizes_dimensions_and_lazy_loading()
    {
        using var site = new TestSite(PostWithImage);
        site.WriteBytes("input/posts/tram.jpg", TestImages.Jpeg(1000, 500));
        site.BuildOk();

        string html = site.Read("blog/bild/index.html");
        Match img = Regex.Match(html, "<img [^>]*>");
        Assert.True(img.Success, html);
        string tag = img.Value;
        Assert.Matches(@"src=""/images/tram-800-[0-9a-f]{16}\.jpg""", tag);
        Assert.Matches(@"srcset=""/images/tram-480-[0-9a-f]{16}\.jpg 480w, /images/tram-800-[0-9a-f]{16}\.jpg 800w, /images/tram-1000-[0-9a-f]{16}\.jpg 1000w""", tag);
        Assert.Contains("sizes=\"(min-width: 44rem) 42rem, 100vw\"", tag);
        Assert.Contains("width=\"800\" height=\"400\"", tag);
        Assert.Contains("alt=\"Eine Straßenbahn\"", tag);
        Assert.Contains("loading=\"lazy\" decoding=\"async\"", tag);
    }

    [Fact]
    public void A_small_image_is_never_upscaled()
    {
        using var site = new TestSite(PostWithImage);
        site.WriteBytes("input/posts/tram.jpg", TestImages.Jpeg(300, 200));
        site.BuildOk();

        string image = Assert.Single(site.OutputFiles(), f => f.StartsWith("images/", StringComparison.Ordinal));
        Assert.Equal(300, Image.Identify(Path.Combine(site.Output, image)).Width);
        Assert.Contains("width=\"300\" height=\"200\"", site.Read("blog/bild/index.html"));
    }

    [Fact]
    public void A_path_starting_with_a_slash_is_below_input_and_a_png_stays_a_png()
    {
        using var site = new TestSite("""
            -- input/pages/karte.md --
            ---
            title: Karte
            ---
            ![Karte des Ruhrgebiets](/images/karte.png)
            """);
        site.WriteBytes("input/images/karte.png", TestImages.Png(1700, 850));
        site.BuildOk();

        var images = site.OutputFiles().Where(f => f.StartsWith("images/", StringComparison.Ordinal)).ToList();
        // Wider than the largest standard width: 480, 800, 1200 and 1600, the original size is not offered.
        Assert.Equal(4, images.Count);
        Assert.All(images, f => Assert.EndsWith(".png", f));
        Assert.Contains("1600w\"", site.Read("karte/index.html"));
    }

    [Fact]
    public void Names_are_stable_across_builds_and_the_second_build_takes_every_variant_from_the_cache()
    {
        using var site = new TestSite(PostWithImage);
        site.WriteBytes("input/posts/tram.jpg", TestImages.Jpeg(1000, 500));
        site.BuildOk();
        var first = site.OutputFiles().Where(f => f.StartsWith("images/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)));

        // Backdate the cache: a variant that were encoded again would get a new time stamp.
        string cache = Path.Combine(site.Root, ".sitecast-cache", "images");
        string[] cached = Directory.GetFiles(cache);
        Assert.Equal(3, cached.Length);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (string file in cached) File.SetLastWriteTimeUtc(file, old);

        site.BuildOk();

        var second = site.OutputFiles().Where(f => f.StartsWith("images/", StringComparison.Ordinal)).ToList();
        Assert.Equal(first.Keys.Order(), second.Order());
        foreach (string file in second) Assert.Equal(first[file], File.ReadAllBytes(Path.Combine(site.Output, file)));
        Assert.All(Directory.GetFiles(cache), f => Assert.Equal(old, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void Encoding_is_deterministic_without_the_cache()
    {
        using var site = new TestSite(PostWithImage);
        site.WriteBytes("input/posts/tram.jpg", TestImages.Jpeg(1000, 500));
        site.BuildOk();
        var first = site.OutputFiles().Where(f => f.StartsWith("images/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)));

        Directory.Delete(Path.Combine(site.Root, ".sitecast-cache"), recursive: true);
        site.BuildOk();

        foreach (var (file, bytes) in first) Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(site.Output, file)));
    }

    [Fact]
    public void A_missing_alt_text_is_a_warning_naming_the_line()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-bild.md --
            ---
            title: Bild
            ---

            Text.

            ![](tram.jpg)
            """);
        site.WriteBytes("input/posts/tram.jpg", TestImages.Jpeg(500, 300));
        BuildReport report = site.BuildOk();

        Diagnostic warning = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.StartsWith("input/posts/2026-01-05-bild.md:7:1: warning: the image 'tram.jpg' has no alt text", warning.ToString());
    }

    [Fact]
    public void A_missing_image_is_an_error_naming_the_line_and_nothing_is_published()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-bild.md --
            ---
            title: Bild
            ---
            Ein Satz mit Bild: ![Fehlt](bilder/fehlt.jpg)
            """);
        BuildReport report = site.Build();

        Assert.False(report.Succeeded);
        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith("input/posts/2026-01-05-bild.md:4:20: error: the image 'bilder/fehlt.jpg' does not exist", error.ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_image_outside_the_input_folder_is_refused()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-bild.md --
            ---
            title: Bild
            ---
            ![Geheim](../../geheim.jpg)
            """);
        site.WriteBytes("geheim.jpg", TestImages.Jpeg(100, 100));
        BuildReport report = site.Build();

        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Error &&
            d.ToString().StartsWith("input/posts/2026-01-05-bild.md:4:1: error: the image '../../geheim.jpg' is outside the input/ folder", StringComparison.Ordinal));
    }

    [Fact]
    public void A_decompression_bomb_is_refused_from_its_header_quickly()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-bild.md --
            ---
            title: Bild
            ---
            ![Riesig](riesig.png)
            """);
        site.WriteBytes("input/posts/riesig.png", TestImages.PngHeaderClaiming(30000, 30000));

        var watch = Stopwatch.StartNew();
        BuildReport report = site.Build();
        watch.Stop();

        Assert.False(report.Succeeded);
        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith("input/posts/2026-01-05-bild.md:4:1: error: the image riesig.png claims 30000×30000 pixels", error.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".sitecast-cache", "images")) &&
                     Directory.EnumerateFiles(Path.Combine(site.Root, ".sitecast-cache", "images")).Any());
    }

    [Fact]
    public void An_external_image_stays_as_written()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-bild.md --
            ---
            title: Bild
            ---
            ![Logo](https://cdn.example.com/logo.png)
            """);
        site.BuildOk();
        Assert.Contains("<img src=\"https://cdn.example.com/logo.png\" alt=\"Logo\"", site.Read("blog/bild/index.html"));
    }

    [Fact]
    public void A_front_matter_image_is_resized_for_sharing_previews()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-bild.md --
            ---
            title: Bild
            image: /images/titel.jpg
            ---
            Text.
            """);
        site.WriteBytes("input/images/titel.jpg", TestImages.Jpeg(2000, 1000));
        site.BuildOk();

        var images = site.OutputFiles().Where(f => f.StartsWith("images/", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, images.Count);
        Assert.Contains(images, f => f.StartsWith("images/titel-1200-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_front_matter_image_is_an_error_at_its_key()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-bild.md --
            ---
            title: Bild
            image: fehlt.jpg
            ---
            Text.
            """);
        BuildReport report = site.Build();

        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith("input/posts/2026-01-05-bild.md:3:8: error: the image 'fehlt.jpg' does not exist", error.ToString());
    }

    [Fact]
    public void Images_of_drafts_are_not_published()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-entwurf.md --
            ---
            title: Entwurf
            draft: true
            ---
            ![Noch geheim](geheim.jpg)
            -- input/posts/2026-01-06-fertig.md --
            ---
            title: Fertig
            ---
            ![Öffentlich](tram.jpg)
            """);
        site.WriteBytes("input/posts/geheim.jpg", TestImages.Jpeg(400, 300));
        site.WriteBytes("input/posts/tram.jpg", TestImages.Jpeg(400, 300));
        site.BuildOk();

        Assert.Equal(["tram"], site.OutputFiles().Where(f => f.StartsWith("images/", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f).Split('-')[0]));

        site.BuildOk(drafts: true);
        Assert.Equal(["geheim", "tram"], site.OutputFiles().Where(f => f.StartsWith("images/", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f).Split('-')[0]));
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_an_error_at_its_line()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-bild.md --
            ---
            title: Bild
            ---
            ![Kein Bild](kaputt.jpg)
            -- input/posts/kaputt.jpg --
            Dies ist Text, kein JPEG.
            """);
        BuildReport report = site.Build();

        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith("input/posts/2026-01-05-bild.md:4:1: error: kaputt.jpg is not an image format we can read", error.ToString());
    }

    [Fact]
    public void A_damaged_image_is_an_error_at_its_line_not_a_crash()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-bild.md --
            ---
            title: Bild
            ---
            ![Beschädigt](kaputt.png)
            """);
        // A sound PNG header, then image data that is not compressed data at all.
        site.WriteBytes("input/posts/kaputt.png", TestImages.PngWithBrokenData(100, 100));
        BuildReport report = site.Build();

        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith("input/posts/2026-01-05-bild.md:4:1: error: the image kaputt.png cannot be processed", error.ToString());
    }
}
