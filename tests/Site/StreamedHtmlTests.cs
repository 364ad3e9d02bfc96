using System.Text;
using Sitecast.Content;
using Sitecast.Templates;
using Xunit;

namespace Sitecast.Tests.Site;

/// <summary>
/// A post's body and a page's own layout reach base.liquid without being made into strings first. To a theme they
/// must still be strings in every way: encoded unless written raw, and the same to filters, tests and captures.
/// </summary>
public sealed class StreamedHtmlTests : IDisposable
{
    private const string Body = "<p>Straße &amp; „Zitat“ 🎙️</p>";
    private readonly string _theme = Directory.CreateTempSubdirectory("sitecast-streamed-").FullName;

    public void Dispose() => Directory.Delete(_theme, recursive: true);

    [Fact]
    public void A_body_and_a_layout_render_as_the_same_page_as_plain_strings_would()
    {
        // Given a theme that uses the body and the layout every way a string can be used
        Layout("base", "<main>{{ content | raw }}</main>\n<pre>{{ content }}</pre>\n{{ content | size }}");
        Layout("post", string.Join("\n",
            "raw: {{ post.content | raw }}",
            "encoded: {{ post.content }}",
            "stripped: {{ post.content | strip_html }}",
            "size: {{ post.content | size }} {{ post.content.size }}",
            "contains: {% if post.content contains 'Straße' %}yes{% endif %}",
            "equal: {% if post.content == other %}yes{% endif %}",
            "captured: {% capture c %}{{ post.content | raw }}{% endcapture %}{{ c | upcase }}",
            "defaulted: {{ post.content | default: 'none' | raw }}"));
        ThemeTemplates templates = Templates();

        // When the post is rendered with its body as a rendered body, and again with the body as a string
        byte[] streamed = templates.RenderPageUtf8("post", Model(new BodyHtml(Body)));
        string expected = templates.RenderPage("post", Model(Body));

        // Then the bytes are that page's, and the body went in raw where asked and encoded where not
        Assert.Equal(expected, Encoding.UTF8.GetString(streamed));
        Assert.Equal(Encoding.UTF8.GetBytes(expected), streamed);
        Assert.Contains("raw: " + Body, expected);
        Assert.Contains("encoded: &lt;p&gt;Straße &amp;amp;", expected);
        Assert.Contains("equal: yes", expected);
        Assert.Contains("contains: yes", expected);
        Assert.Contains("<pre>raw: &lt;p&gt;", expected);
    }

    [Fact]
    public void A_theme_that_writes_the_layout_without_raw_gets_it_encoded()
    {
        Layout("base", "{{ content }}");
        Layout("post", "{{ post.content | raw }}");

        ThemeTemplates templates = Templates();

        string page = Encoding.UTF8.GetString(templates.RenderPageUtf8("post", Model(new BodyHtml(Body))));

        Assert.Equal(templates.RenderPage("post", Model(Body)), page);
        Assert.StartsWith("&lt;p&gt;Straße &amp;amp; „Zitat“ &#x1F399;", page);
    }

    private static Dictionary<string, object?> Model(object body) => new()
    {
        ["post"] = new Dictionary<string, object?> { ["content"] = body },
        ["other"] = Body,
    };

    private ThemeTemplates Templates()
    {
        var templates = new ThemeTemplates(new ThemeFolders([(_theme, "theme")]), TimeZoneInfo.Utc, new SiteUrls("https://example.org/"), "de");
        return templates;
    }

    private void Layout(string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(_theme, "layouts"));
        File.WriteAllText(Path.Combine(_theme, "layouts", name + ".liquid"), text);
    }
}
