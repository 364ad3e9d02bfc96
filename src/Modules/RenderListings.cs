using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Templates;

namespace Sitecast.Modules;

/// <summary>
/// Renders the browsing pages by what they show: a page of posts (a tag, a year) with layouts/list.liquid,
/// the tag overview with layouts/tags.liquid, the archive with layouts/archive.liquid.
/// </summary>
public sealed class RenderListings(SiteContext site) : PerDocumentModule
{
    protected override Document? Execute(Document document, PipelineContext context)
    {
        SiteValues.Load(site, context);
        var (layout, url, title, key, values) = document.Model switch
        {
            ListPage list => ("list", list.Url, PageTitle(list), "list", (object)TemplateModels.ListValues(list, site)),
            TagIndex index => ("tags", site.Language.Url("/tags/"), site.Strings["tags"], "tag_index", BrowseModels.TagIndexValues(index)),
            YearArchive archive => ("archive", site.Language.Url("/archive/"), site.Strings["archive_title"], "archive", BrowseModels.ArchiveValues(archive, site)),
            _ => throw new InvalidOperationException($"{document.DisplayName} is not a listing."),
        };

        var page = new LayoutPage(layout, PageFrame.For(site, url, title, null), [new(key, values)]);
        return document with { Content = site.Templates.PageContent(page) };
    }

    private string PageTitle(ListPage list) =>
        list.PageNumber == 1 ? list.Title : $"{list.Title} – {site.Strings["page"]} {list.PageNumber}";
}
