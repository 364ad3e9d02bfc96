using Sitecast.Content;
using Xunit;

namespace Sitecast.Tests.Site;

public sealed class MarkdownTests
{
    private static readonly MarkdownRenderer German = new("de");

    [Theory]
    [InlineData("Er sagte \"Hallo\".", "<p>Er sagte „Hallo“.</p>")]
    [InlineData("Das 'halbe' Zitat.", "<p>Das ‚halbe‘ Zitat.</p>")]
    [InlineData("Wie geht's?", "<p>Wie geht’s?</p>")]
    [InlineData("Von 2020--2026 fertig", "<p>Von 2020–2026 fertig</p>")]
    [InlineData("`\"code\"` bleibt", "<p><code>&quot;code&quot;</code> bleibt</p>")]
    public void German_typography(string markdown, string html) =>
        Assert.Equal(html, German.Render(markdown).Html.Trim());

    [Fact]
    public void Headings_get_ids_tables_and_footnotes_render()
    {
        string html = German.Render("## Ein Abschnitt\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1]\n\n[^1]: Fußnote\n").Html;
        Assert.Contains("<h2 id=\"ein-abschnitt\">Ein Abschnitt</h2>", html);
        Assert.Contains("<td>1</td>", html);
        Assert.Contains("class=\"footnote-ref\"", html);
    }

    [Fact]
    public void The_first_paragraph_is_the_excerpt()
    {
        var rendered = German.Render("## Titel\n\nErster *Absatz* mit `Code`.\n\nZweiter.");
        Assert.Equal("Erster Absatz mit Code.", rendered.FirstParagraph);
    }

    [Theory]
    [InlineData("Straße über Äcker", "strasse-ueber-aecker")]
    [InlineData("  Smart City: 2026!  ", "smart-city-2026")]
    [InlineData("Café & Crème", "cafe-creme")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    public void Slugs_are_made_the_german_way(string text, string slug) => Assert.Equal(slug, Slug.From(text));
}
