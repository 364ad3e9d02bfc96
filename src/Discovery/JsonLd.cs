using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sitecast.Discovery;

/// <summary>
/// schema.org data as JSON-LD for a &lt;script type="application/ld+json"&gt; element. Every "&lt;" is written
/// as \u003c, so no text in the data (a title with "&lt;/script&gt;") can end the element early.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize(JsonObject data) =>
        // Outside strings JSON has no "<", so replacing it everywhere only touches string content.
        data.ToJsonString(Options).Replace("<", "\\u003c", StringComparison.Ordinal);

    public static JsonObject WebSite(string name, string? description, string url, string language) => Compact(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = name,
        ["description"] = description,
        ["url"] = url,
        ["inLanguage"] = language,
    });

    public static JsonObject BlogPosting(string headline, string? description, string url, string published, string? image,
        string? authorName, string? authorUrl, string publisher, string publisherUrl, IReadOnlyList<string> keywords, string language) =>
        Compact(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BlogPosting",
            ["headline"] = headline,
            ["description"] = description,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["datePublished"] = published,
            ["dateModified"] = published,
            ["image"] = image,
            ["author"] = authorName is null
                ? new JsonObject { ["@type"] = "Organization", ["name"] = publisher, ["url"] = publisherUrl }
                : Compact(new JsonObject { ["@type"] = "Person", ["name"] = authorName, ["url"] = authorUrl }),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher, ["url"] = publisherUrl },
            ["keywords"] = keywords.Count > 0 ? string.Join(", ", keywords) : null,
            ["inLanguage"] = language,
        });

    /// <summary>Leaves out properties without a value, instead of writing null.</summary>
    private static JsonObject Compact(JsonObject data)
    {
        foreach (string key in data.Where(p => p.Value is null).Select(p => p.Key).ToList()) data.Remove(key);
        return data;
    }
}
