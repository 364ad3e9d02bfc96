using Sitecast.Content;
using Sitecast.Search;
using Xunit;

namespace Sitecast.Tests.Search;

/// <summary>
/// A post is indexed from its HTML, read word by word between the tags; the scores must be those of its text as
/// <see cref="HtmlToText"/> makes it.
/// </summary>
public sealed class SearchHtmlTermsTests
{
    [Theory]
    [InlineData("<p>Die <em>Städte</em> und die Straße.</p>\n<ul>\n<li>Planungen</li>\n</ul>")]
    [InlineData("<h2 id=\"abschnitt-1-bund\">Abschnitt 1: Bund</h2><p>Wort<strong>teil</strong>e und Köln/Bonn</p>")]
    [InlineData("<p>Mehr im <a href=\"/blog/?a=1&amp;b=2\">Blog</a>.</p>")]
    [InlineData("<p>Tom &amp; Jerry, &lt;b&gt;fett&lt;/b&gt;, Ein&nbsp;Tag, &#x20;x&#8212;y &quot;Zitat&quot;</p>")]
    [InlineData("<p>3 > 2 und danach ein offener <span class=\"x\" Tag ohne Ende")]
    [InlineData("<pre><code class=\"language-yaml\">sensor:\n  id: 0\n  intervall: 15min\n</code></pre>")]
    [InlineData("Kein Tag, nur Text mit Über-Umlauten ÄÖÜ und ẞ.")]
    [InlineData("<p>Podcast 🎙️ über 𝔘nicode: Wörter mit vier Bytes 😀 dazwischen</p>")]
    [InlineData("")]
    public void Html_scores_as_its_text(string html)
    {
        var fromHtml = new SearchEntry("post", "/blog/x/", "Titel", null, [], "", "") { Html = new BodyHtml(html) };
        var fromText = new SearchEntry("post", "/blog/x/", "Titel", null, [], HtmlToText.Of(html), "");

        Assert.Equal(SearchIndex.Score(fromText), SearchIndex.Score(fromHtml));
        Assert.Equal(SearchIndex.Build([fromText]), SearchIndex.Build([fromHtml]));
    }

    [Fact]
    public void Words_between_tags_are_the_words_of_the_text()
    {
        var words = new List<string>();
        foreach (ReadOnlySpan<char> word in new WordEnumerator("<p class=\"lead\">Ein<br>Tag</p> am <a href=\"/x/\">Meer</a>>!", skipTags: true))
            words.Add(word.ToString());

        Assert.Equal(["Ein", "Tag", "am", "Meer"], words);
    }
}
