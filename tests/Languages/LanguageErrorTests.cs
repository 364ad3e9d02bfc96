using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Languages;

/// <summary>Bad input on a site in several languages: each error names the file it is in.</summary>
public sealed class LanguageErrorTests
{
    private static string Errors(TestSite site)
    {
        var report = site.Build();
        Assert.False(report.Succeeded, "the build should have failed");
        Assert.False(site.Exists("index.html"), "a failed build leaves no site behind");
        return string.Join("\n", report.Diagnostics);
    }

    [Fact]
    public void An_unknown_language_code_in_site_yml_is_an_error_at_its_line()
    {
        using var site = new TestSite(TwoLanguageSite.Files.Replace("  - code: en", "  - code: fr"));
        Assert.Contains("site.yml:", Errors(site));
        Assert.Contains("unknown language code 'fr' in languages", site.Report!.Diagnostics.Select(d => d.ToString()).First(d => d.Contains("'fr'")));
    }

    [Fact]
    public void An_unknown_language_in_a_file_name_or_front_matter_is_an_error_naming_the_file()
    {
        using var site = new TestSite(TwoLanguageSite.Files + "\n" + """
            -- input/posts/2026-04-01-hallo.fr.md --
            ---
            title: Bonjour
            ---
            Texte.
            -- input/pages/kontakt.md --
            ---
            title: Kontakt
            lang: nl
            ---
            Text.
            """);
        string errors = Errors(site);
        Assert.Contains("input/posts/2026-04-01-hallo.fr.md: error: unknown language code 'fr' in the file name", errors);
        Assert.Contains("input/pages/kontakt.md:3:7: error: unknown language code 'nl' in lang", errors);
        // Reported once, not once per language.
        Assert.Single(site.Report!.Diagnostics, d => d.Message.Contains("'fr'"));
    }

    [Fact]
    public void Two_files_with_the_same_language_and_translation_key_are_an_error_naming_both()
    {
        using var site = new TestSite(TwoLanguageSite.Files + "\n" + """
            -- input/posts/2026-01-06-more-sensors.md --
            ---
            title: More sensors
            lang: en
            translationKey: 2026-01-05-sensoren
            ---
            Text.
            """);
        Assert.Contains("input/posts/2026-01-06-more-sensors.md and input/posts/2026-01-05-sensoren.en.md", Errors(site).Replace(
            "input/posts/2026-01-05-sensoren.en.md and input/posts/2026-01-06-more-sensors.md",
            "input/posts/2026-01-06-more-sensors.md and input/posts/2026-01-05-sensoren.en.md"));
    }

    [Fact]
    public void A_menu_reference_to_a_page_a_language_does_not_have_is_an_error_at_site_yml()
    {
        using var site = new TestSite(TwoLanguageSite.Files.Replace("Responsible: the city.", "Responsible: the city.\n")
            .Replace("-- input/pages/impressum.en.md --", "-- input/pages/legal.txt --"));
        string errors = Errors(site);
        Assert.Contains("site.yml: error: the footer entry 'Legal notice' names the page 'impressum', which the site has no page of in 'en'", errors);
        Assert.DoesNotContain("'Impressum' names", errors);
    }

    [Fact]
    public void A_lang_other_than_the_language_of_a_one_language_site_is_an_error()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-hello.md --
            ---
            title: Hello
            lang: en
            ---
            Text.
            """);
        Assert.Contains("input/posts/2026-01-05-hello.md:3:7: error: unknown language code 'en'", Errors(site));
    }
}
