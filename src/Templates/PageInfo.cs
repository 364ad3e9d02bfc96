namespace Sitecast.Templates;

/// <summary>
/// A page's own values (<c>page</c>); on a site in several languages also the language switcher and the hreflang
/// links (see <see cref="LanguageValues"/>), which a site in one language does not get.
/// </summary>
public sealed record PageInfo(string Title, string? Description, string Url, string Canonical, bool IsHome,
    List<Dictionary<string, object?>>? Languages, List<Dictionary<string, object?>>? Alternates)
{
    public Dictionary<string, object?> Liquid()
    {
        var page = new Dictionary<string, object?>
        {
            ["title"] = Title,
            ["description"] = Description,
            ["url"] = Url,
            ["canonical"] = Canonical,
            ["is_home"] = IsHome,
        };
        if (Languages is not null) page["languages"] = Languages;
        if (Alternates is not null) page["alternates"] = Alternates;
        return page;
    }
}
