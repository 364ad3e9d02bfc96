using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Sitecast.Diagnostics;
using Sitecast.Search;
using Sitecast.Tests.Audio;
using Sitecast.Tests.Images;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

/// <summary>Episodes together with the rest of the site: search, images and links in show notes, sitemap, audio problems.</summary>
public sealed class EpisodeIntegrationTests
{
    private const string ShowNotes = """
        ---
        title: Folge über Aarhus
        date: 2026-11-10T08:00
        description: Wie Aarhus seine Daten teilt.
        slug: aarhus
        ---
        Die Shownotes nennen die Bürgerbeteiligung.

        ![Karte der Innenstadt](karte.png)
        """;

    private const string Transcript = """
        -- podcast/plain.srt --
        1
        00:00:00,000 --> 00:00:01,000
        Anna: Wir warten an der Straßenbahnhaltestelle.
        """;

    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static TestSite SiteWithEpisode(string moreNotes = "")
    {
        TestSite site = PodcastFixtures.Site("-- podcast/plain.md --\n" + ShowNotes + moreNotes + "\n" + Transcript, 1400, "plain.mp3");
        site.WriteBytes("podcast/karte.png", TestImages.Png(900, 300));
        return site;
    }

    [Fact]
    public void An_episode_is_found_by_words_of_its_title_show_notes_and_transcript()
    {
        using TestSite site = SiteWithEpisode();
        site.BuildOk();

        using JsonDocument index = JsonDocument.Parse(site.Read("search-index.json"));
        var docs = index.RootElement.GetProperty("docs").EnumerateArray().ToList();
        int episode = docs.FindIndex(d => d[0].GetString() == "/podcast/aarhus/");
        Assert.True(episode >= 0, "the episode is not in the index");
        Assert.Equal("Folge über Aarhus", docs[episode][1].GetString());
        Assert.Equal("episode", docs[episode][2].GetString());
        Assert.Equal("Wie Aarhus seine Daten teilt.", docs[episode][3].GetString());

        JsonElement terms = index.RootElement.GetProperty("terms");
        // A word of the title, one only in the show notes, one only spoken in the transcript.
        foreach (string word in new[] { "Aarhus", "Bürgerbeteiligung", "Straßenbahnhaltestelle" })
        {
            string term = SearchText.IndexTerms(word).First();
            Assert.True(terms.TryGetProperty(term, out JsonElement postings), $"no term '{term}' for '{word}'");
            var docIds = postings.EnumerateArray().Where((_, i) => i % 2 == 0).Select(p => p.GetInt32());
            Assert.Contains(episode, docIds);
        }
    }

    [Fact]
    public void An_image_in_the_show_notes_is_resized_written_and_absolute_in_the_feed()
    {
        using TestSite site = SiteWithEpisode();
        site.BuildOk();

        string page = site.Read("podcast/aarhus/index.html");
        Match src = Regex.Match(page, @"<img src=""/(images/karte-800-[0-9a-f]{16}\.png)"" srcset=""[^""]+"" [^>]*alt=""Karte der Innenstadt""");
        Assert.True(src.Success, page);
        Assert.True(site.Exists(src.Groups[1].Value));
        Assert.Equal(3, site.OutputFiles().Count(f => f.StartsWith("images/karte-", StringComparison.Ordinal))); // 480, 800 and its own 900 px

        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        string notes = XDocument.Parse(site.Read("podcast/feed.xml")).Descendants(content + "encoded").Single().Value;
        Assert.Contains($"src=\"https://example.org/{src.Groups[1].Value}\"", notes);
        Assert.Matches(@"srcset=""https://example\.org/images/karte-480-[0-9a-f]{16}\.png 480w, https://example\.org/images/karte-800-", notes);
    }

    [Fact]
    public void A_broken_link_in_the_show_notes_is_reported_at_its_sidecar_line()
    {
        using TestSite site = SiteWithEpisode("\n\nMehr dazu [im Archiv](/nirgends/).");
        var report = site.Build();

        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        // Line 11 of podcast/plain.md: the front matter (6 lines), three lines of notes, a blank line, this one.
        Assert.StartsWith("podcast/plain.md:11:11: error: ", error.ToString());
        Assert.Contains("broken link '/nirgends/' (on podcast/aarhus/index.html)", error.Message);
    }

    [Fact]
    public void A_missing_image_in_the_show_notes_is_an_error_at_its_line()
    {
        using TestSite site = PodcastFixtures.Site("-- podcast/plain.md --\n" + ShowNotes, 1400, "plain.mp3");
        var report = site.Build();

        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith("podcast/plain.md:9:1: error: the image 'karte.png' does not exist", error.ToString());
        Assert.False(report.Succeeded);
    }

    [Fact]
    public void The_sitemap_lists_the_podcast_and_its_episodes_dated_by_the_newest_episode()
    {
        using TestSite site = PodcastFixtures.Site("""
            -- podcast/plain.md --
            ---
            title: Ältere Folge
            date: 2026-10-01T08:00
            slug: alt
            ---
            -- podcast/tagged.md --
            ---
            title: Neuere Folge
            date: 2026-11-10T08:00
            slug: neu
            ---
            """, 1400, "plain.mp3", "tagged.mp3");
        site.BuildOk();

        var lastmod = XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
        Assert.Equal("2026-10-01T08:00:00+02:00", lastmod["https://example.org/podcast/alt/"]);
        Assert.Equal("2026-11-10T08:00:00+01:00", lastmod["https://example.org/podcast/neu/"]);
        Assert.Equal("2026-11-10T08:00:00+01:00", lastmod["https://example.org/podcast/"]);
        Assert.DoesNotContain(lastmod.Keys, url => url.EndsWith(".mp3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("empty.mp3")]
    [InlineData("text.mp3")]
    public void An_unreadable_audio_file_is_an_error_naming_it(string fixture)
    {
        using TestSite site = PodcastFixtures.Site();
        site.WriteBytes("podcast/" + fixture, File.ReadAllBytes(AudioFixtures.PathOf(fixture)));
        var report = site.Build();

        Assert.False(report.Succeeded);
        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith($"podcast/{fixture}: error: cannot read this audio file: ", error.ToString());
        Assert.False(site.Exists("podcast/feed.xml"));
    }

    [Theory]
    [InlineData("truncated.mp3")]
    [InlineData("truncated.m4a")]
    public void A_truncated_audio_file_is_published_with_a_warning_naming_it(string fixture)
    {
        string stem = Path.GetFileNameWithoutExtension(fixture);
        using TestSite site = PodcastFixtures.Site($"""
            -- podcast/{stem}.md --
            ---
            title: Abgeschnitten
            date: 2026-11-10T08:00
            slug: abgeschnitten
            ---
            """);
        site.WriteBytes("podcast/" + fixture, File.ReadAllBytes(AudioFixtures.PathOf(fixture)));
        var report = site.BuildOk();

        // Once, at the audio file (the episode is still built from what the file holds).
        Assert.Single(report.Diagnostics, d => d.Severity == Severity.Warning &&
            d.ToString().StartsWith($"podcast/{fixture}: warning: the file is truncated", StringComparison.Ordinal));
        Assert.True(site.Exists("podcast/abgeschnitten/index.html"));
        Assert.Contains("podcast/audio/" + fixture, site.Read("podcast/feed.xml"));
    }
}
