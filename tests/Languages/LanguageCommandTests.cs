using Sitecast.Cli;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Languages;

/// <summary>new post --lang, schedule and check on a site in German and English.</summary>
public sealed class LanguageCommandTests
{
    private static DateTime At(string moment) => DateTime.Parse(moment, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void New_post_in_english_is_named_for_its_language_and_builds_under_en()
    {
        using var site = new TestSite(TwoLanguageSite.Files);
        var output = new StringWriter();
        Assert.Equal(0, AuthoringCommands.NewPost(site.Root, "Trees and heat", At("2026-11-28T10:00"), output, TextWriter.Null, "en"));
        string created = output.ToString().Split(' ')[1];
        Assert.Matches(@"^input/posts/\d{4}-\d{2}-\d{2}-trees-and-heat\.en\.md$", created);
        string text = File.ReadAllText(Path.Combine(site.Root, created));
        Assert.Contains("Write the post here.", text);

        site.BuildOk(future: true);
        Assert.True(site.Exists("en/blog/trees-and-heat/index.html"));
        Assert.False(site.Exists("blog/trees-and-heat/index.html"));
    }

    [Fact]
    public void New_post_refuses_a_language_the_site_does_not_have()
    {
        using var site = new TestSite(TwoLanguageSite.Files);
        var errors = new StringWriter();
        Assert.Equal(2, AuthoringCommands.NewPost(site.Root, "Arbres", At("2026-11-28T10:00"), TextWriter.Null, errors, "fr"));
        Assert.Contains("unknown language code 'fr'", errors.ToString());
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Root, "input", "posts"), "*arbres*"));
    }

    [Fact]
    public void Schedule_shows_each_posts_language_and_keeps_the_rhythm_of_the_originals()
    {
        using var site = new TestSite(TwoLanguageSite.Files);
        var output = new StringWriter();
        Assert.Equal(0, AuthoringCommands.Schedule(site.Root, At("2026-11-28T10:00"), output, TextWriter.Null));
        string report = output.ToString();
        Assert.Contains("2026-01-05 Mon  en  Sensors in the park  (input/posts/2026-01-05-sensoren.en.md)", report);
        Assert.Contains("2026-01-05 Mon  de  Sensoren im Park  (input/posts/2026-01-05-sensoren.md)", report);
        Assert.Contains("2026-03-01 Sun  en  Open data for everyone", report);
        // The rhythm is the German posts': the English-only post of March neither ends a gap nor fills a slot.
        Assert.Contains("2026-01-05 Mon → 2026-02-10 Tue", report);
        Assert.DoesNotContain("→ 2026-03-01", report);
    }

    [Fact]
    public async Task Check_warns_of_a_stale_translation_and_of_a_translation_without_its_original()
    {
        using var site = new TestSite(TwoLanguageSite.Files + "\n" + """
            -- input/pages/kontakt.en.md --
            ---
            title: Contact
            translationKey: kontakt
            ---
            Write to us.
            """);
        string original = Path.Combine(site.Root, "input/posts/2026-01-05-sensoren.md");
        string translation = Path.Combine(site.Root, "input/posts/2026-01-05-sensoren.en.md");
        File.SetLastWriteTimeUtc(translation, new DateTime(2026, 1, 6, 0, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(original, new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));

        var errors = new StringWriter();
        int code = await CheckRunner.RunAsync(site.Options(), strict: false, TextWriter.Null, errors);
        string text = errors.ToString();
        Assert.Equal(0, code);
        Assert.Contains("input/posts/2026-01-05-sensoren.en.md: warning: stale translation: input/posts/2026-01-05-sensoren.md was changed after it", text);
        Assert.Contains("input/pages/kontakt.en.md: warning: this translation's translationKey 'kontakt' names no de original", text);
        // A post in one language only is allowed, and not warned of (the German-only post's cadence gap is another matter).
        Assert.DoesNotContain(text.Split('\n'), line => line.Contains("translation", StringComparison.Ordinal)
            && (line.Contains("open-data", StringComparison.Ordinal) || line.Contains("zwilling", StringComparison.Ordinal)));
        Assert.Equal(2, text.Split('\n').Count(line => line.Contains("warning:", StringComparison.Ordinal) && line.Contains("translation", StringComparison.Ordinal)));

        // Brought up to date: no warning.
        File.SetLastWriteTimeUtc(translation, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));
        var again = new StringWriter();
        await CheckRunner.RunAsync(site.Options(), strict: false, TextWriter.Null, again);
        Assert.DoesNotContain("stale translation", again.ToString());
    }
}
