using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Model;

namespace Sitecast.Templates;

/// <summary>
/// What templates see, built explicitly from the typed models: an allow-list of values with snake_case names,
/// and no reflection per document. docs/themes.md lists every name.
/// </summary>
public static class TemplateModels
{
    /// <summary>A post's values, made once per build (see <see cref="Build.BuildSession.PostValuesOf"/>).</summary>
    public static PostValues PostValues(Document document, SiteContext site) => site.Session.PostValuesOf(document, site.Config.Language);

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
        ["items"] = list.Items.Select(d => PostValues(d, site).Liquid).ToList(),
        ["page_number"] = list.PageNumber,
        ["page_count"] = list.PageCount,
        ["previous_url"] = list.PreviousUrl,
        ["next_url"] = list.NextUrl,
    };
}
