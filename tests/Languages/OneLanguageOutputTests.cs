using System.Security.Cryptography;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Languages;

/// <summary>
/// A site without <c>languages:</c> builds exactly as it did before sites could have two languages: every file's
/// SHA-256 is compared with tests/fixtures/languages/de-only.sha256, which was made with the build from before.
/// The fixture has what a one-language site has that a second language would touch: posts, pages, tags,
/// paging, menu and footer, feeds, sitemap and search. Two changes were made on purpose since:
/// assets/js/search.js, the theme's own script, which learnt English stemming (its German rules are as they were,
/// and SearchScriptTests holds them to the index's); and every `&#x2B;` became `+` when HTML escaping was
/// made to leave plain ASCII alone (the files were compared: no other byte differs).
/// </summary>
public sealed class OneLanguageOutputTests
{
    public const string Files = """
        -- site.yml --
        title: Stadtlabor
        description: Notizen aus dem Rathaus
        baseUrl: https://example.org/
        language: de
        timeZone: Europe/Berlin
        postsPerPage: 2
        authors:
          - id: anna
            name: Anna Beispiel
        menu:
          - title: Blog
            url: /blog/
          - title: Über uns
            url: /ueber-uns/
          - title: Suche
            url: /suche/
        footer:
          - title: Impressum
            url: /impressum/
        -- input/posts/2026-01-05-sensoren.md --
        ---
        title: Sensoren im Park
        author: anna
        tags: [Sensoren, Klima]
        ---
        Die Stadt misst Bodenfeuchte in „drei“ Parks.
        -- input/posts/2026-02-10-zwilling.md --
        ---
        title: Der digitale Zwilling
        tags: [Digitaler Zwilling]
        description: Was ein Stadtmodell kann.
        ---
        Ein Modell der Stadt, das [Sensoren](/blog/sensoren/) speist.
        -- input/posts/2026-03-01-daten.md --
        ---
        title: Offene Daten
        tags: [Klima]
        ---
        Daten für alle.
        -- input/pages/ueber-uns.md --
        ---
        title: Über uns
        ---
        Wir sind das Stadtlabor.
        -- input/pages/impressum.md --
        ---
        title: Impressum
        ---
        Verantwortlich: die Stadt.
        -- input/pages/suche-hilfe.en.md --
        ---
        title: Hilfe
        ---
        Eine Seite, deren Name einen Punkt trägt, bleibt eine Seite.
        """;

    private static string ExpectedPath => Path.Combine(RepoPaths.Root, "tests", "fixtures", "languages", "de-only.sha256");

    [Fact]
    public void A_site_without_languages_builds_byte_for_byte_as_before()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        string actual = Hashes(site.Output);
        // SITECAST_WRITE_HASHES=1 rewrites the file: only for a change meant to alter every site's output.
        if (Environment.GetEnvironmentVariable("SITECAST_WRITE_HASHES") == "1") File.WriteAllText(ExpectedPath, actual);
        Assert.Equal(File.ReadAllText(ExpectedPath), actual);
    }

    private static string Hashes(string root) => string.Concat(Directory.GetFiles(root, "*", SearchOption.AllDirectories)
        .Select(f => (Path: Path.GetRelativePath(root, f).Replace('\\', '/'), File: f))
        .Where(f => !f.Path.StartsWith(".", StringComparison.Ordinal))
        .OrderBy(f => f.Path, StringComparer.Ordinal)
        .Select(f => $"{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f.File)))}  {f.Path}\n"));
}
