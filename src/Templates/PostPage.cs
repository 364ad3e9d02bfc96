using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Modules;

namespace Sitecast.Templates;

/// <summary>
/// A post's page, keyed by what its values are made from instead of by the values. <see cref="Values"/> reads
/// nothing but this record's fields, and <see cref="Inputs"/> holds every one of them, so the key changes whenever the
/// page could; and the inputs are cheap: the post's values (made anyway, for the listings that show the post, and
/// hashed once), its neighbours' titles and links, and values the whole site shares. After one edit to a large site,
/// thousands of unchanged posts are taken over without their head, JSON-LD and navigation being made only to be hashed.
/// </summary>
public sealed record PostPage(
    PostValues Post, PostLink? Older, PostLink? Newer, SharedValues Site, SharedValues Strings,
    List<Dictionary<string, object?>> Feeds, string SiteTitle, string? SiteDescription, string Language, string BaseUrl,
    List<Dictionary<string, object?>>? Languages, List<Dictionary<string, object?>>? Alternates) : IPageModel
{
    public const string LayoutName = "post";

    public string Layout => LayoutName;

    public static PostPage Of(Document document, SiteContext site)
    {
        SiteValues shared = SiteValues.Of(site);
        PostValues post = TemplateModels.PostValues(document, site);
        // A site in several languages: the switcher and the hreflang links (see LanguageValues).
        var (languages, alternates) = LanguageValues.Of(site, post.Url);
        return new PostPage(post, document.Get<PostLink>(LinkNeighbours.OlderKey), document.Get<PostLink>(LinkNeighbours.NewerKey),
            shared.Site(post.Url), shared.Strings, shared.Feeds(), site.Config.Title, site.Config.Description,
            site.Config.Language, site.Urls.BaseUrl, languages, alternates);
    }

    public IReadOnlyDictionary<string, object?> Inputs()
    {
        var inputs = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["post"] = Post.Liquid,
            ["older"] = Link(Older),
            ["newer"] = Link(Newer),
            ["site"] = Site,
            ["t"] = Strings,
            ["feeds"] = Feeds,
            ["site_title"] = SiteTitle,
            ["site_description"] = SiteDescription,
            ["language"] = Language,
            ["base_url"] = BaseUrl,
        };
        if (Languages is not null) inputs["languages"] = Languages;
        if (Alternates is not null) inputs["alternates"] = Alternates;
        return inputs;
    }

    public IReadOnlyDictionary<string, object?> Values()
    {
        var urls = new SiteUrls(BaseUrl);
        Dictionary<string, object?> head = HeadMeta.ForPost(Post.Title, Post.Url, Post.Date,
            Post.Description ?? HeadMeta.NullIfEmpty(Post.Excerpt), Post.ImageUrl, Post.AuthorName, Post.AuthorUrl,
            Post.Tags, urls, SiteTitle, Language, Feeds);
        var page = new PageInfo(Post.Title, Post.Excerpt ?? SiteDescription, Post.Url, urls.Absolute(Post.Url), IsHome: false,
            Languages, Alternates);
        Dictionary<string, object?> values = new PageFrame(Site, Strings, page, head).Liquid();
        values["post"] = Post.Liquid;
        values["post_nav"] = BrowseModels.NeighbourValues(Older, Newer);
        return values;
    }

    // Neighbours as plain values, which the page key can hash.
    private static Dictionary<string, object?>? Link(PostLink? link) =>
        link is null ? null : new Dictionary<string, object?>(StringComparer.Ordinal) { ["title"] = link.Title, ["url"] = link.Url };
}
