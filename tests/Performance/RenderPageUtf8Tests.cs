using System.Text;
using Sitecast.Templates;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Performance;

/// <summary>Pages are rendered straight to UTF-8 bytes; they must be exactly the text rendering, encoded.</summary>
public sealed class RenderPageUtf8Tests
{
    [Fact]
    public void Bytes_are_the_rendered_text_in_UTF8_without_a_byte_order_mark()
    {
        // Given the shipped theme and a page with umlauts, an emoji and markup that must be escaped
        var theme = new ThemeFolders([(RepoPaths.Theme, "theme")]);
        var templates = new ThemeTemplates(theme, TimeZoneInfo.Utc, new SiteUrls("https://example.org/"), "de");
        Assert.Empty(templates.Errors);
        var model = new Dictionary<string, object?>
        {
            ["site"] = new Dictionary<string, object?> { ["title"] = "Grüße & <Gäste> 🎙️", ["language"] = "de", ["menu"] = new List<object>(), ["footer"] = new List<object>() },
            ["page"] = new Dictionary<string, object?> { ["title"] = "Übersicht", ["url"] = "/ueber-uns/" },
            ["t"] = new Dictionary<string, string>(),
            ["page_content"] = new Dictionary<string, object?> { ["title"] = "Über uns", ["content"] = "<p>Straße – „Zitat“</p>" },
        };

        // When the page is rendered both ways
        string text = templates.RenderPage("page", model);
        byte[] bytes = templates.RenderPageUtf8("page", model);

        // Then the bytes are the text, UTF-8 encoded, with no BOM
        Assert.Contains("Straße – „Zitat“", text);
        Assert.Contains("&lt;G", text);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(Encoding.UTF8.GetBytes(text), bytes);
    }
}
