using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Templates;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>
/// The one page-key rule: a page is keyed by its model's inputs, so every field a post's page is made from must
/// reach its key, or an edit to it would leave the old page in place.
/// </summary>
public sealed class PageKeyTests
{
    private static PostValues PostTitled(string title) => new(new Document
    {
        Model = new Post
        {
            SourcePath = "input/posts/2026-10-08-eins.md", Title = title, Slug = "eins", Url = "/blog/eins/", Tags = ["Daten"],
            Date = new DateTimeOffset(2026, 10, 8, 0, 0, 0, TimeSpan.FromHours(2)),
        },
    }, "de");

    private static PostPage Page() => new(PostTitled("Eins"), new PostLink("Älter", "/blog/alt/"), Newer: null,
        new SharedValues { ["title"] = "Blog" }, new SharedValues { ["more"] = "Weiterlesen" },
        [new() { ["href"] = "https://example.org/feed.xml" }], "Blog", "Über Daten", "de", "https://example.org/",
        Languages: null, Alternates: null);

    [Fact]
    public void Equal_post_pages_share_a_key_and_a_change_to_any_field_gives_another()
    {
        PostPage page = Page();
        string? key = PageKey.Of("theme", page);

        Assert.NotNull(key);
        Assert.Equal(key, PageKey.Of("theme", Page()));
        Assert.Null(PageKey.Of(null, page));

        // Every field of the record, changed one at a time: a field added later without a place in Inputs fails here.
        var constructor = typeof(PostPage).GetConstructors().Single(c => c.GetParameters().Length > 1);
        var parameters = constructor.GetParameters();
        object?[] fields = parameters.Select(p => typeof(PostPage).GetProperty(p.Name!)!.GetValue(page)).ToArray();
        Assert.Equal(12, parameters.Length);
        for (int i = 0; i < parameters.Length; i++)
        {
            object?[] changed = (object?[])fields.Clone();
            changed[i] = Other(fields[i], parameters[i].ParameterType);
            string? changedKey = PageKey.Of("theme", (PostPage)constructor.Invoke(changed));
            Assert.True(changedKey is not null && changedKey != key, $"changing {parameters[i].Name} kept the page's key");
        }
    }

    [Fact]
    public void A_post_page_shows_what_its_fields_hold()
    {
        IReadOnlyDictionary<string, object?> values = Page().Values();

        var page = (Dictionary<string, object?>)values["page"]!;
        Assert.Equal("Eins", page["title"]);
        Assert.Equal("https://example.org/blog/eins/", page["canonical"]);
        // No description and no excerpt: the site's description.
        Assert.Equal("Über Daten", page["description"]);
        var nav = (Dictionary<string, object?>)values["post_nav"]!;
        Assert.Equal("/blog/alt/", ((Dictionary<string, object?>)nav["older"]!)["url"]);
        Assert.Null(nav["newer"]);
        Assert.Equal("article", ((Dictionary<string, object?>)values["head"]!)["og_type"]);
    }

    private static object? Other(object? value, Type type) => value switch
    {
        PostValues => PostTitled("Zwei"),
        PostLink => null,
        null when type == typeof(PostLink) => new PostLink("Neuer", "/blog/neu/"),
        SharedValues => new SharedValues { ["title"] = "Anders" },
        List<Dictionary<string, object?>> list => new List<Dictionary<string, object?>>([.. list, new() { ["href"] = "x" }]),
        null when type == typeof(List<Dictionary<string, object?>>) => new List<Dictionary<string, object?>> { new() { ["code"] = "en" } },
        string text => text + " anders",
        null when type == typeof(string) => "anders",
        _ => throw new InvalidOperationException($"no other value for {type}"),
    };
}
