using System.Text.Json;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Search;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Search;

public sealed class SearchSiteTests
{
    private const string Posts = """
        -- input/posts/2026-01-05-staedte.md --
        ---
        title: Drei Städte
        description: Wie Städte zusammenarbeiten.
        tags: [Kooperation]
        ---
        Die Straße zwischen den Städten ist lang.
        -- input/posts/2026-01-12-daten.md --
        ---
        title: Offene Daten
        tags: [Daten, "Smart City"]
        ---
        Offene Daten für alle, auch für die Stadt <Köln> & ihr Umland.
        """;

    [Fact]
    public void The_index_lists_every_post_with_its_terms()
    {
        using var site = new TestSite(Posts);
        site.BuildOk();

        using JsonDocument index = JsonDocument.Parse(site.Read("search-index.json"));
        var docs = index.RootElement.GetProperty("docs").EnumerateArray().Select(d => d.EnumerateArray().Select(v => v.GetString() ?? "").ToArray()).ToList();
        Assert.Equal(2, docs.Count);
        // Newest first, as the blog lists them; the excerpt is the description, else the first paragraph.
        Assert.Equal(["/blog/daten/", "Offene Daten", "post", "Offene Daten für alle, auch für die Stadt <Köln> & ihr Umland."], docs[0]);
        Assert.Equal(["/blog/staedte/", "Drei Städte", "post", "Wie Städte zusammenarbeiten."], docs[1]);

        JsonElement terms = index.RootElement.GetProperty("terms");
        int[] Postings(string term) => terms.GetProperty(term).EnumerateArray().Select(e => e.GetInt32()).ToArray();
        // "Städte"/"Städten"/"Stadt" share one term; doc 1 has it in title, description and text, doc 0 once in the text.
        Assert.Equal([0, 1, 1, 8 + 4 + 1], Postings("stadt"));
        Assert.Equal([1, 8 + 4 + 1], Postings("staedt"));
        Assert.Equal([1, 1], Postings("strass"));
        Assert.Equal([0, 6], Postings("smart"));
        Assert.Equal([0, 1], Postings("kol")); // Köln: the stemmer cuts the -n, for index and query alike
        Assert.Equal([0, 1], Postings("koel"));
        var names = terms.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void The_search_page_is_a_get_form_that_explains_itself_without_javascript()
    {
        using var site = new TestSite(Posts);
        site.BuildOk();
        site.AssertFileContent("suche/index.html", """
            <form class="search-form" role="search" method="get" action="/suche/"
            data-search-index="/search-index.json"
            <input id="search-input" name="q" type="search"
            <noscript><p>Die Suche braucht JavaScript.
            role="status" aria-live="polite"
            <script src="/assets/js/search.js" defer></script>
            """);
        Assert.True(site.Exists("assets/js/search.js"));
    }

    [Fact]
    public void An_english_site_searches_at_search_with_english_words_and_the_base_path()
    {
        using var site = new TestSite(Posts + """

            -- site.yml --
            title: City
            baseUrl: https://example.org/city/
            language: en
            """);
        site.BuildOk();
        site.AssertFileContent("search/index.html", """
            <h1>Search</h1>
            action="/city/search/"
            data-search-index="/city/search-index.json"
            """);
        Assert.Contains("\"/city/blog/daten/\"", site.Read("search-index.json"));
        Assert.False(site.Exists("suche/index.html"));
    }

    [Fact]
    public void The_index_of_the_sample_site_stays_under_200_KB()
    {
        using var site = new TestSite("");
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(site.Root, "site.yml"), overwrite: true);
        // The whole sample: posts, pages and the podcast (its menu links to /podcast/; episodes are searchable too).
        CopyFolder(Path.Combine(RepoPaths.Root, "input"), Path.Combine(site.Root, "input"));
        CopyFolder(Path.Combine(RepoPaths.Root, "podcast"), Path.Combine(site.Root, "podcast"));
        site.BuildOk(now: "2027-01-01T00:00");

        long size = new FileInfo(Path.Combine(site.Output, "search-index.json")).Length;
        Assert.InRange(size, 1_000, 200 * 1024);
    }

    [Fact]
    public void Other_pipelines_add_entries_through_document_metadata()
    {
        var episode = new SearchEntry("episode", "/podcast/1/", "Folge 1: Aarhus", "Ein Gespräch.", ["Podcast"],
            "Transkript: Wir sprechen über Bürgerbeteiligung.", "Ein Gespräch.");
        var post = new Document
        {
            Model = new Post { SourcePath = "p.md", Title = "Post", Slug = "post", Date = DateTimeOffset.UnixEpoch, Url = "/blog/post/" },
        };
        var offered = new Document().With(SearchMetadata.Entry, episode);

        var entries = SearchEntries.From([post], [post, offered, new Document()]);

        Assert.Equal(["/blog/post/", "/podcast/1/"], entries.Select(e => e.Url));
        string json = SearchIndex.Build(entries);
        Assert.Contains("\"burgerbeteilig\":[1,1]", json);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
