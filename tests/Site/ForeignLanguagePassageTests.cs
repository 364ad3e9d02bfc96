using Sitecast.Content;
using Xunit;

namespace Sitecast.Tests.Site;

/// <summary>
/// Authors mark words and passages in another language than the page's (WCAG 3.1.2) with a generic attribute,
/// so screen readers switch their voice: *Smart City*{lang=en}, or {lang=en} on the line before a paragraph.
/// </summary>
public sealed class ForeignLanguagePassageTests
{
    private static readonly MarkdownRenderer German = new("de");

    [Theory]
    [InlineData("Das Projekt *Connected Urban Twins*{lang=en} endet.", "<p>Das Projekt <em lang=\"en\">Connected Urban Twins</em> endet.</p>")]
    [InlineData("{lang=en}\nThis whole paragraph is English.", "<p lang=\"en\">This whole paragraph is English.</p>")]
    [InlineData("## Twin Talks {lang=en}", "<h2 id=\"twin-talks\" lang=\"en\">Twin Talks</h2>")]
    [InlineData("{lang=en}\n> A quote in English.", "<blockquote lang=\"en\">\n<p>A quote in English.</p>\n</blockquote>")]
    public void A_lang_attribute_marks_a_passage_in_another_language(string markdown, string html) =>
        Assert.Equal(html, German.Render(markdown).Html.Trim());
}
