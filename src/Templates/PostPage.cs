using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Modules;

namespace Sitecast.Templates;

/// <summary>
/// A post's page, keyed by what its values are made from instead of by the values. <see cref="Values"/> reads
/// nothing but the <see cref="Inputs"/> it is given, so a hash of the inputs changes whenever the page could; and
/// the inputs are cheap: the post's values (made anyway, for the listings that show the post, and hashed once),
/// its neighbours' titles and links, and values the whole site shares. After one edit to a large site, thousands of
/// unchanged posts are taken over without their head, JSON-LD and navigation being made only to be hashed.
/// </summary>
public static class PostPage
{
    public const string Layout = "post";

    public static Dictionary<string, object?> Inputs(Document document, SiteContext site)
    {
        Dictionary<string, object?> post = TemplateModels.PostValues(document, site);
        SiteValues shared = SiteValues.Of(site);
        var inputs = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["post"] = post,
            ["older"] = Link(document.Get<PostLink>(LinkNeighbours.OlderKey)),
            ["newer"] = Link(document.Get<PostLink>(LinkNeighbours.NewerKey)),
            ["site"] = shared.Site((string)post["url"]!),
            ["t"] = shared.Strings,
            ["feeds"] = shared.Feeds(),
            ["site_title"] = site.Config.Title,
            ["site_description"] = site.Config.Description,
            ["language"] = site.Config.Language,
            ["base_url"] = site.Urls.BaseUrl,
        };
        // A site in several languages: the switcher and the hreflang links (see LanguageValues).
        var languages = new Dictionary<string, object?>(StringComparer.Ordinal);
        LanguageValues.AddTo(languages, site, (string)post["url"]!);
        foreach (var (key, value) in languages) inputs[key] = value;
        return inputs;
    }

    /// <summary>The page's template values, made from <paramref name="inputs"/> alone.</summary>
    public static IReadOnlyDictionary<string, object?> Values(IReadOnlyDictionary<string, object?> inputs)
    {
        var post = (Dictionary<string, object?>)inputs["post"]!;
        string url = (string)post["url"]!;
        string title = (string)post["title"]!;
        // "excerpt" is the post's description, else the start of its text (see TemplateModels.PostValues).
        string? excerpt = (string?)post["excerpt"];
        var urls = new SiteUrls((string)inputs["base_url"]!);
        var author = (Dictionary<string, object?>?)post["author"];
        var tags = ((List<Dictionary<string, object?>>)post["tags"]!).Select(tag => (string)tag["name"]!).ToList();
        Dictionary<string, object?> head = HeadMeta.ForPost(title, url, (DateTimeOffset)post["date"]!,
            (string?)post["description"] ?? HeadMeta.NullIfEmpty(excerpt), (string?)post["image_url"],
            (string?)author?["name"], (string?)author?["url"], tags, urls, (string)inputs["site_title"]!,
            (string)inputs["language"]!, (List<Dictionary<string, object?>>)inputs["feeds"]!);

        Dictionary<string, object?> values = TemplateModels.Frame((SharedValues)inputs["site"]!, (SharedValues)inputs["t"]!,
            TemplateModels.PageFrame(url, title, excerpt ?? (string?)inputs["site_description"], urls.Absolute(url), isHome: false), head);
        var page = (Dictionary<string, object?>)values["page"]!;
        foreach (string key in (string[])["languages", "alternates"])
            if (inputs.TryGetValue(key, out object? value)) page[key] = value;
        values["post"] = post;
        values["post_nav"] = BrowseModels.NeighbourValues(ToLink(inputs["older"]), ToLink(inputs["newer"]));
        return values;
    }

    // Neighbours as plain values, which the page key can hash.
    private static Dictionary<string, object?>? Link(PostLink? link) =>
        link is null ? null : new Dictionary<string, object?>(StringComparer.Ordinal) { ["title"] = link.Title, ["url"] = link.Url };

    private static PostLink? ToLink(object? values) =>
        values is Dictionary<string, object?> link ? new PostLink((string)link["title"]!, (string)link["url"]!) : null;
}
