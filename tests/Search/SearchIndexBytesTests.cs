using System.Text;
using Sitecast.Search;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Search;

/// <summary>
/// The exact bytes of search-index.json. theme/assets/js/search.js reads this format, and a faster way of building
/// it must not change a single byte: these expectations were taken from the first, straightforward implementation.
/// </summary>
public sealed class SearchIndexBytesTests
{
    private static readonly SearchEntry[] Entries =
    [
        new("post", "/blog/straßen-in-münchen/", "Straßen in München: Städte & Dörfer",
            "Über Planungen der Städte \"im\" <Süden>.", ["Städtebau", "Smart City", "Köln/Bonn", "STÄDTE"],
            "Die Stadt, die Städte, den Städten: Stadt Stadt Stadt Stadt Stadt. Planung, Planungen, Wohnungen und jungen "
            + "Bürgern in 2026; a b c. Crème brûlée in Øresund, Niño\tund\nNeue\u00A0Quelle — Zwillinge Zwillings e-Government.",
            "Eine lange Zusammenfassung, die weit über hundertachtzig Zeichen hinausgeht, damit das Kürzen an einer "
            + "Wortgrenze greift und die Auslassungspunkte erscheinen; Städte, Straßen, Plätze und noch mehr Wörter hier."),
        new("episode", "/podcast/folge-1/", "Folge 1: Köln \\ Bonn 🎧", null, [],
            "Transkript: Wir sprechen über Bürgerbeteiligung, Köln, KÖLN und koeln. Über Über über.", "Ein Gespräch."),
        new("page", "/uber-uns/", "Über uns <Team>", "", ["über"], "", "Sag \"Hallo\" – auf\u2028Wiedersehen"),
    ];

    // Ends with a newline, like every text file the generator writes.
    private const string Expected = """
        {"version":1,"docs":[["/blog/straßen-in-münchen/","Straßen in München: Städte \u0026 Dörfer","post","Eine lange Zusammenfassung, die weit über hundertachtzig Zeichen hinausgeht, damit das Kürzen an einer Wortgrenze greift und die Auslassungspunkte erscheinen; Städte, Straßen …"],["/podcast/folge-1/","Folge 1: Köln \\ Bonn \uD83C\uDFA7","episode","Ein Gespräch."],["/uber-uns/","Über uns \u003CTeam\u003E","page","Sag \u0022Hallo\u0022 – auf\u2028Wiedersehen"]],"terms":{"2026":[0,1],"bon":[0,6,1,8],"brule":[0,1],"buerg":[0,1],"buergerbeteilig":[1,1],"burg":[0,1],"burgerbeteilig":[1,1],"city":[0,6],"crem":[0,1],"den":[0,1],"der":[0,4],"die":[0,2],"doerf":[0,8],"dorf":[0,8],"folg":[1,8],"government":[0,1],"im":[0,4],"in":[0,10],"jung":[0,1],"koel":[0,6,1,11],"kol":[0,6,1,10],"muench":[0,8],"munch":[0,8],"neu":[0,1],"nino":[0,1],"oresund":[0,1],"plan":[0,6],"quell":[0,1],"smart":[0,6],"sprech":[1,1],"stadt":[0,23],"stadtebau":[0,6],"staedt":[0,20],"staedtebau":[0,6],"strass":[0,8],"sud":[0,4],"sued":[0,4],"team":[2,8],"transkript":[1,1],"uber":[0,4,1,4,2,14],"ueb":[0,4,1,4,2,14],"und":[0,2,1,1],"uns":[2,8],"wir":[1,1],"wohn":[0,1],"zwilling":[0,2]}}

        """;

    [Fact]
    public void The_index_of_a_few_entries_is_exactly_these_bytes()
    {
        string json = SearchIndex.Build(Entries);
        Assert.Equal(Expected, json);
    }

    [Fact]
    public void Html_becomes_text_with_entities_decoded_and_whitespace_collapsed()
    {
        string text = HtmlToText.Of("<h2 id=\"a\">Ein&nbsp;Tag &amp; Nacht</h2>\n\t<p>&lt;b&gt; fett&#x20;&#8212;x&quot;  \u2003 Ende&unknown;</p>\n<pre><code>a &gt; b</code></pre> ");
        Assert.Equal("""
            Ein Tag & Nacht <b> fett —x" Ende&unknown; a > b
            """, text);
    }

    [Theory]
    [InlineData("<p>Ein  Tag</p>\n<p>\tam\u00A0Meer</p> ", "Ein Tag am Meer")]
    [InlineData("  <ul>\n<li>Wort<strong>teil</strong>e</li></ul>", "Wort teil e")]
    [InlineData("3 > 2 <span class=\"x\" ohne Ende", "3 > 2")]
    [InlineData("<br><br>", "")]
    [InlineData("", "")]
    public void Html_without_entities_becomes_text_in_one_pass(string html, string text) =>
        Assert.Equal(text, HtmlToText.Of(html));

    [Fact]
    public void A_built_site_writes_exactly_these_bytes()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-staedte.md --
            ---
            title: Drei Städte
            description: Wie Städte zusammenarbeiten.
            tags: [Kooperation, Städte]
            ---
            Die Straße zwischen den Städten ist lang, die Straße ist breit.
            -- input/posts/2026-01-12-daten.md --
            ---
            title: Offene Daten
            description: Daten für alle.
            tags: [Daten, "Smart City"]
            ---
            Offene Daten für alle, auch für die Stadt Köln und ihr Umland.
            """);
        site.BuildOk();

        byte[] written = File.ReadAllBytes(Path.Combine(site.Output, "search-index.json"));
        // UTF-8 without a byte order mark, ending with a newline.
        Assert.Equal(Encoding.UTF8.GetBytes("""
            {"version":1,"docs":[["/blog/daten/","Offene Daten","post","Daten für alle."],["/blog/staedte/","Drei Städte","post","Wie Städte zusammenarbeiten."]],"terms":{"all":[0,5],"auch":[0,1],"breit":[1,1],"city":[0,6],"dat":[0,19],"den":[1,1],"die":[0,1,1,2],"drei":[1,8],"fuer":[0,6],"fur":[0,6],"ihr":[0,1],"ist":[1,2],"koel":[0,1],"kol":[0,1],"kooperatio":[1,6],"lang":[1,1],"offen":[0,9],"smart":[0,6],"stadt":[0,1,1,19],"staedt":[1,19],"strass":[1,2],"umland":[0,1],"und":[0,1],"wie":[1,4],"zusammenarbeit":[1,4],"zwisch":[1,1]}}

            """), written);
    }
}
