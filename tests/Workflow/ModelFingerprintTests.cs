using Sitecast.Content;
using Sitecast.Incremental;
using Sitecast.Templates;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>The key a page is reused by: equal only for equal values, and absent when a value cannot be hashed.</summary>
public sealed class ModelFingerprintTests
{
    private static Dictionary<string, object?> Model(string title, object? extra = null)
    {
        var post = new SharedValues { ["title"] = title, ["date"] = new DateTimeOffset(2026, 10, 8, 0, 0, 0, TimeSpan.FromHours(2)), ["words"] = 120 };
        return new Dictionary<string, object?>
        {
            ["post"] = post,
            ["list"] = new List<object?> { post, "zwei", null, true },
            ["t"] = new Dictionary<string, string> { ["more"] = "Weiterlesen" },
            ["extra"] = extra,
        };
    }

    [Fact]
    public void Equal_values_give_the_same_key_and_any_difference_another()
    {
        string? key = ModelFingerprint.Of("theme", "post", Model("Eins"));

        Assert.NotNull(key);
        Assert.Equal(key, ModelFingerprint.Of("theme", "post", Model("Eins")));
        Assert.NotEqual(key, ModelFingerprint.Of("theme", "post", Model("Zwei")));
        Assert.NotEqual(key, ModelFingerprint.Of("theme", "page", Model("Eins")));
        Assert.NotEqual(key, ModelFingerprint.Of("other theme", "post", Model("Eins")));
        Assert.NotEqual(key, ModelFingerprint.Of("theme", "post", Model("Eins", extra: "x")));
        // Text split differently is not the same text.
        Assert.NotEqual(ModelFingerprint.Of("theme", "post", new Dictionary<string, object?> { ["a"] = "bc" }),
            ModelFingerprint.Of("theme", "post", new Dictionary<string, object?> { ["ab"] = "c" }));
    }

    [Fact]
    public void A_body_from_the_Markdown_index_is_keyed_by_its_index_key_and_any_other_body_by_its_text()
    {
        static string? Of(object body) => ModelFingerprint.Of("theme", "post", new Dictionary<string, object?> { ["content"] = body });

        // A body the index holds: its key stands for its HTML (the bytes are not read), so equal keys are one body.
        var stored = BodyHtml.FromUtf8("<p>Eins</p>"u8.ToArray(), "abc123");
        Assert.Equal(Of(stored), Of(BodyHtml.FromUtf8("<p>anders</p>"u8.ToArray(), "abc123")));
        Assert.NotEqual(Of(stored), Of(BodyHtml.FromUtf8("<p>Eins</p>"u8.ToArray(), "abc124")));
        // The same body just rendered carries the same key: its page keeps its key in the next build.
        Assert.Equal(Of(stored), Of(new BodyHtml("<p>Eins</p>", "abc123")));
        // A body without a key (one with images) is hashed by its text, as the text itself would be.
        Assert.Equal(Of("<p>Eins</p>"), Of(new BodyHtml("<p>Eins</p>")));
        Assert.NotEqual(Of("<p>Eins</p>"), Of(new BodyHtml("<p>Zwei</p>")));
        Assert.NotEqual(Of(stored), Of(new BodyHtml("abc123")));
    }

    [Fact]
    public void Shared_values_hash_the_same_as_when_seen_first()
    {
        Dictionary<string, object?> model = Model("Eins");
        string? first = ModelFingerprint.Of("theme", "post", model);

        // Null twice would be equal too: a page without a key is never reused, so that is no pass.
        Assert.NotNull(first);
        Assert.Equal(first, ModelFingerprint.Of("theme", "post", model));
    }

    [Fact]
    public void A_value_of_an_unknown_kind_leaves_the_page_without_a_key()
    {
        Assert.Null(ModelFingerprint.Of("theme", "post", Model("Eins", extra: new Uri("https://example.org/"))));
    }
}
