using Sitecast.Diagnostics;
using Sitecast.Model;

namespace Sitecast.Build;

/// <summary>
/// Menu and footer entries written as page references (<c>page: impressum</c>, <c>page: search</c>) become the URL
/// of that page in the language being built, so each language's menu leads to its own pages. A page the language
/// does not have is an error at site.yml.
/// </summary>
public static class MenuLinks
{
    public static List<Link> Resolve(List<Link> links, string list, SiteContext site) => links.Select(link =>
    {
        if (link.Page?.Trim() is not { Length: > 0 } page) return link;
        string? url = site.Session.Translations.UrlOf("page:" + page, site.Language);
        if (url is null)
        {
            site.Session.Diagnostics.Error(new SourceLocation(SiteConfigLoader.FileName),
                $"the {list} entry '{link.Title}' names the page '{page}', which the site has no page of in '{site.Language.Code}'",
                $"write the file input/pages/{page}{(site.Language.IsDefault ? "" : "." + site.Language.Code)}.md, give a page translationKey: {page}, or write url: instead of page:");
            return link;
        }

        return new Link { Title = link.Title, Url = url };
    }).ToList();
}
