using System.Runtime.CompilerServices;
using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Modules;

namespace Sitecast.Templates;

/// <summary>
/// What templates see, built explicitly from the typed models: an allow-list of values with snake_case names,
/// and no reflection per document. README lists every name.
/// </summary>
public static class TemplateModels
{
    /// <summary>The values every page gets: site, t (theme strings), menu, footer.</summary>
    public static Dictionary<string, object?> ForSite(SiteContext site, string url, string title, string? description)
    {
        SiteValues shared = SiteValues.Of(site);
        bool home = url == site.Language.HomeUrl;
        Dictionary<string, object?> page = PageFrame(url, title, description ?? site.Config.Description, site.Urls.Absolute(url), home);
        LanguageValues.AddTo(page, site, url);
        return Frame(shared.Site(url), shared.Strings, page, home ? HeadMeta.ForPage(site, url) : shared.PageHead());
    }

    /// <summary>The values every page gets, from their parts (see <see cref="ForSite"/>).</summary>
    internal static Dictionary<string, object?> Frame(SharedValues site, SharedValues strings, Dictionary<string, object?> page,
        Dictionary<string, object?> head) => new(StringComparer.Ordinal)
    {
        ["site"] = site,
        ["t"] = strings,
        ["page"] = page,
        ["head"] = head,
    };

    /// <summary>The page's own values (<c>page</c>).</summary>
    internal static Dictionary<string, object?> PageFrame(string url, string title, string? description, string canonical, bool isHome) => new()
    {
        ["title"] = title,
        ["description"] = description,
        ["url"] = url,
        ["canonical"] = canonical,
        ["is_home"] = isHome,
    };

    // A post's values are the same on its page and in every listing that shows it (archive, tags, pages of the
    // blog): made once per post document, and never changed once made (ModelFingerprint relies on that too).
    private static readonly ConditionalWeakTable<Document, SharedValues> PostValuesMade = new();

    public static Dictionary<string, object?> PostValues(Document document, SiteContext site) =>
        PostValuesMade.GetValue(document, d => MakePostValues(d, site));

    private static SharedValues MakePostValues(Document document, SiteContext site)
    {
        Post post = document.ModelAs<Post>();
        string language = site.Config.Language;
        int words = document.Get<int>(MetadataKeys.WordCount);
        return new SharedValues
        {
            ["title"] = post.Title,
            ["url"] = post.Url,
            ["date"] = post.Date,
            ["date_iso"] = DateFormatter.Iso(post.Date),
            ["date_display"] = DateFormatter.Long(post.Date, language),
            ["description"] = post.Description,
            ["excerpt"] = post.Description ?? document.Get<string>(MetadataKeys.Excerpt),
            ["tags"] = post.Tags.Select(tag => new Dictionary<string, object?> { ["name"] = tag, ["slug"] = Slug.From(tag) }).ToList(),
            ["author"] = post.Author is null ? null : new Dictionary<string, object?> { ["name"] = post.Author.Name, ["url"] = post.Author.Url },
            ["image"] = post.Image,
            ["image_url"] = post.ImageUrl,
            // The body itself, not its text: a page taken over never needs the text (see BodyHtml).
            ["content"] = post.Body,
            ["reading_minutes"] = Math.Max(1, (int)Math.Round(words / 200.0)),
            ["draft"] = post.Draft,
            ["scheduled"] = post.Scheduled,
        };
    }

    public static Dictionary<string, object?> PageValues(Page page) => new()
    {
        ["title"] = page.Title,
        ["url"] = page.Url,
        ["description"] = page.Description,
        ["content"] = page.Body,
        ["draft"] = page.Draft,
    };

    public static Dictionary<string, object?> ListValues(ListPage list, SiteContext site) => new()
    {
        ["title"] = list.Title,
        ["url"] = list.Url,
        ["items"] = list.Items.Select(d => PostValues(d, site)).ToList(),
        ["page_number"] = list.PageNumber,
        ["page_count"] = list.PageCount,
        ["previous_url"] = list.PreviousUrl,
        ["next_url"] = list.NextUrl,
    };
}
