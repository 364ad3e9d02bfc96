using System.Diagnostics;
using System.Xml.Linq;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Sitecast.Build;
using Sitecast.Incremental;
using Sitecast.Podcast;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

public sealed class CoverArtTests
{
    private static readonly XNamespace Itunes = FeedNamespaces.Itunes;

    private const string Sidecars = """
        -- podcast/plain.md --
        ---
        date: 2026-11-10
        ---
        -- podcast/small-cover.md --
        ---
        date: 2026-11-11
        ---
        -- podcast/tagged.md --
        ---
        date: 2026-11-12
        ---
        """;

    private static string[] ImageFiles(TestSite site) =>
        site.OutputFiles().Where(f => f.StartsWith("podcast/images/", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void The_channel_cover_becomes_square_rgb_jpegs_of_3000_1400_600_and_300_px_with_hashed_names()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 3000, "plain.mp3");
        site.WriteBytes("podcast/cover.png", PodcastFixtures.Png(3000, 3000, transparent: true));
        site.BuildOk();

        string[] images = ImageFiles(site);
        Assert.Equal(4, images.Length);
        string hash = Path.GetFileName(images[0]).Split('-')[0];
        Assert.Matches("^[0-9a-f]{16}$", hash);
        Assert.Equal(new[] { 1400, 300, 3000, 600 }.Select(s => $"podcast/images/{hash}-{s}.jpg"), images);
        foreach (int edge in new[] { 300, 600, 1400, 3000 })
        {
            string path = Path.Combine(site.Output, $"podcast/images/{hash}-{edge}.jpg");
            IImageInfo info = Image.Identify(path);
            Assert.Equal((edge, edge), (info.Width, info.Height));
            Assert.Equal(24, info.PixelType.BitsPerPixel); // RGB, no alpha
        }

        // A transparent cover turns white, not black.
        using (var small = Image.Load<Rgb24>(Path.Combine(site.Output, $"podcast/images/{hash}-300.jpg")))
            Assert.True(small[150, 150].R > 240 && small[150, 150].G > 240 && small[150, 150].B > 240);

        XElement channel = XDocument.Parse(site.Read("podcast/feed.xml")).Root!.Element("channel")!;
        Assert.Equal($"https://example.org/podcast/images/{hash}-3000.jpg", channel.Element(Itunes + "image")!.Attribute("href")!.Value);

        // Another cover, another name: apps notice the change.
        site.WriteBytes("podcast/cover.png", PodcastFixtures.Png(3000, 3000));
        site.BuildOk();
        Assert.DoesNotContain(ImageFiles(site), f => f.Contains(hash, StringComparison.Ordinal));
    }

    [Fact]
    public void A_cover_between_1400_and_3000_px_is_never_scaled_up()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 2000, "plain.mp3");
        site.BuildOk();

        string[] images = ImageFiles(site);
        Assert.Equal(["1400", "2000", "300", "600"], images.Select(f => Path.GetFileNameWithoutExtension(f).Split('-')[1]).Order(StringComparer.Ordinal));
        string feedImage = XDocument.Parse(site.Read("podcast/feed.xml")).Root!.Element("channel")!.Element(Itunes + "image")!.Attribute("href")!.Value;
        Assert.EndsWith("-2000.jpg", feedImage);
    }

    [Fact]
    public void An_embedded_cover_is_used_for_its_episode_and_a_small_one_falls_back_to_the_channel_cover()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 3000, "plain.mp3", "small-cover.mp3", "tagged.mp3");
        var report = site.BuildOk();

        var warning = Assert.Single(report.Diagnostics, d => d.Location.Path == "podcast/small-cover.mp3");
        Assert.Contains("800 x 800", warning.Message);
        Assert.Contains("podcast's cover is used instead", warning.Message);

        XElement channel = XDocument.Parse(site.Read("podcast/feed.xml")).Root!.Element("channel")!;
        string channelImage = channel.Element(Itunes + "image")!.Attribute("href")!.Value;
        var itemImages = channel.Elements("item").ToDictionary(i => i.Element("title")!.Value, i => i.Element(Itunes + "image")!.Attribute("href")!.Value);
        Assert.Equal(channelImage, itemImages["Kleines Cover"]);
        Assert.Equal(channelImage, itemImages["Schlichte Folge"]);

        // tagged.mp3 embeds a 1600 px cover: its own 1400 px JPEG, no 3000 (never upscaled).
        string own = itemImages.Single(p => p.Key.StartsWith("Q&A", StringComparison.Ordinal)).Value;
        Assert.NotEqual(channelImage, own);
        Assert.EndsWith("-1600.jpg", own);
        string hash = Path.GetFileName(own).Split('-')[0];
        Assert.Equal(["1400", "1600", "300", "600"], ImageFiles(site).Where(f => f.Contains(hash, StringComparison.Ordinal))
            .Select(f => Path.GetFileNameWithoutExtension(f).Split('-')[1]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_channel_cover_below_1400_px_or_not_square_is_an_error_at_the_image_line()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 1000, "plain.mp3");
        BuildReport report = site.Build();
        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("podcast/podcast.yml:11:8", error.Location.ToString());
        Assert.Contains("1000 x 1000", error.Message);
        Assert.False(Directory.Exists(site.Output));

        site.WriteBytes("podcast/cover.png", PodcastFixtures.Png(2000, 1500));
        report = site.Build();
        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Severity == Diagnostics.Severity.Error
            && d.Location.ToString() == "podcast/podcast.yml:11:8" && d.Message.Contains("2000 x 1500"));
    }

    [Fact]
    public void An_image_claiming_huge_dimensions_is_refused_from_its_header_before_decoding()
    {
        byte[] bomb = PodcastFixtures.HugePngHeader(100_000, 100_000);
        var watch = Stopwatch.StartNew();
        Assert.Null(CoverArt.Identify(bomb, out string? problem));
        // Not a speed measure: decoding 10 gigapixels takes minutes or fails for memory, reading a header does neither
        // (10 s leaves room for a loaded runner and the first call's compilation).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Contains("100000 x 100000", problem);

        using TestSite site = PodcastFixtures.Site(Sidecars, 3000, "plain.mp3");
        site.WriteBytes("podcast/cover.png", bomb);
        BuildReport report = site.Build();
        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Location.ToString() == "podcast/podcast.yml:11:8" && d.Message.Contains("not decoded"));
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_a_clear_error()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 3000, "plain.mp3");
        site.Write("podcast/cover.png", "not an image");
        BuildReport report = site.Build();
        // An error that fails the build, not a warning that scrolls past.
        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Severity == Sitecast.Diagnostics.Severity.Error
            && d.Location.ToString() == "podcast/podcast.yml:11:8" && d.Message.Contains("cannot be used"));
    }

    [Fact]
    public void Cover_sizes_are_kept_in_the_cache_and_the_next_build_gives_the_same_warnings_and_output()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 3000, "plain.mp3", "small-cover.mp3", "tagged.mp3");
        BuildReport first = site.BuildOk();
        // The channel's cover and the two embedded ones.
        using (var kept = BuildReuse.For(site.Options()))
            Assert.Equal(3, kept.CoverSizes.KeptCount);
        site.Write("podcast/plain.md", "---\ndate: 2026-11-10\n---\nNeue Notizen.\n");

        site.Rebuild();

        Assert.Equal(first.Diagnostics, site.Report!.Diagnostics);
        Assert.Contains(site.Report.Diagnostics, d => d.Location.Path == "podcast/small-cover.mp3" && d.Message.Contains("800 x 800"));
    }

    [Fact]
    public void A_cover_that_cannot_be_used_is_not_kept_in_the_cache()
    {
        using var folder = new TestSite("");
        using (var reuse = BuildReuse.For(folder.Options()))
        {
            Assert.Null(CoverArt.Identify(PodcastFixtures.HugePngHeader(100_000, 100_000), reuse, out string? problem));
            Assert.Contains("100000 x 100000", problem);
            Assert.Equal((1500, 1400), CoverArt.Identify(PodcastFixtures.Png(1500, 1400), reuse, out problem));
            Assert.Null(problem);
            Assert.Equal((1500, 1400), CoverArt.Identify(PodcastFixtures.Png(1500, 1400), reuse, out problem));
            reuse.KeepAudioAndCovers();
        }

        using var next = BuildReuse.For(folder.Options());
        Assert.Equal(1, next.CoverSizes.KeptCount);
        // The huge one is still refused, for the same reason, by the next build.
        Assert.Null(CoverArt.Identify(PodcastFixtures.HugePngHeader(100_000, 100_000), next, out string? again));
        Assert.Contains("100000 x 100000", again);
    }
}
