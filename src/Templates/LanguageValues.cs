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
    /// <summary>Both lists for a page at <paramref name="url"/>; a site in one language gets neither.</summary>
    public static (List<Dictionary<string, object?>>? Languages, List<Dictionary<string, object?>>? Alternates) Of(SiteContext site, string url) =>
        site.HasTranslations
            ? (Switcher(site, url), Alternates(site, url).Select(a => Liquid(a)).ToList())
            : (null, null);

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

    /// <summary>The hreflang links of a page: its translations, then x-default (the default language's version).</summary>
    public static List<Alternate> Alternates(SiteContext site, string url)
    {
        var versions = site.Session.Translations.Of(url);
        var alternates = versions.Select(v => new Alternate(v.Language.Code, site.Urls.Absolute(v.Url))).ToList();
        if (versions.FirstOrDefault(v => v.Language.IsDefault).Url is { } original)
            alternates.Add(new Alternate("x-default", site.Urls.Absolute(original)));
        return alternates;
    }

    public sealed record Alternate(string Hreflang, string Href);

    private static Dictionary<string, object?> Liquid(Alternate alternate) =>
        new(StringComparer.Ordinal) { ["hreflang"] = alternate.Hreflang, ["href"] = alternate.Href };
}
