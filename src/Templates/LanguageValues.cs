using Sitecast.Build;
using Sitecast.Model;

namespace Sitecast.Templates;

/// <summary>
/// What a page of a site in several languages shows of its translations: <c>page.languages</c>, the language
/// switcher (every language, by its own name, linking to this page's translation or else to that language's home
/// page), and <c>page.alternates</c>, the hreflang links of the head (the translations and x-default).
/// </summary>
public static class LanguageValues
{
    /// <summary>Adds both lists to a page's values; a site in one language gets neither.</summary>
    public static void AddTo(Dictionary<string, object?> page, SiteContext site, string url)
    {
        if (!site.HasTranslations) return;
        page["languages"] = Switcher(site, url);
        page["alternates"] = Alternates(site, url);
    }

    public static List<Dictionary<string, object?>> Switcher(SiteContext site, string url)
    {
        var versions = site.Session.Translations.Of(url);
        return site.Languages.Select(language => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = language.Code,
            ["name"] = language.NativeName,
            ["url"] = language == site.Language ? url
                : versions.FirstOrDefault(v => v.Language == language).Url ?? language.HomeUrl,
            ["current"] = language == site.Language,
            ["translated"] = language == site.Language || versions.Any(v => v.Language == language),
        }).ToList();
    }

    public static List<Dictionary<string, object?>> Alternates(SiteContext site, string url)
    {
        var versions = site.Session.Translations.Of(url);
        var alternates = versions.Select(v => Alternate(v.Language.Code, site.Urls.Absolute(v.Url))).ToList();
        if (versions.FirstOrDefault(v => v.Language.IsDefault).Url is { } original)
            alternates.Add(Alternate("x-default", site.Urls.Absolute(original)));
        return alternates;
    }

    private static Dictionary<string, object?> Alternate(string hreflang, string href) =>
        new(StringComparer.Ordinal) { ["hreflang"] = hreflang, ["href"] = href };
}
