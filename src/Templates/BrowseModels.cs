using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Modules;

namespace Sitecast.Templates;

/// <summary>Template values for the browsing pages (tag overview, archive) and a post's neighbours; snake_case.</summary>
public static class BrowseModels
{
    public static Dictionary<string, object?> TagIndexValues(TagIndex index) => new()
    {
        ["tags"] = index.Tags.Select(tag => new Dictionary<string, object?>
        {
            ["name"] = tag.Name,
            ["slug"] = tag.Slug,
            ["url"] = tag.Url,
            ["count"] = tag.Posts.Count,
        }).ToList(),
    };

    public static Dictionary<string, object?> ArchiveValues(YearArchive archive, SiteContext site) => new()
    {
        ["years"] = archive.Years.Select(year => new Dictionary<string, object?>
        {
            ["year"] = year.Year,
            ["url"] = site.Language.Url($"/archive/{year.Year}/"),
            ["count"] = year.Posts.Count,
            ["items"] = year.Posts.Select(p => TemplateModels.PostValues(p, site).Liquid).ToList(),
        }).ToList(),
    };

    /// <summary>post_nav.older / post_nav.newer: title and url of the neighbouring posts, or nil at the ends.</summary>
    public static Dictionary<string, object?> NeighbourValues(PostLink? older, PostLink? newer) => new()
    {
        ["older"] = LinkValues(older),
        ["newer"] = LinkValues(newer),
    };

    private static Dictionary<string, object?>? LinkValues(PostLink? link) =>
        link is null ? null : new() { ["title"] = link.Title, ["url"] = link.Url };
}
