namespace Sitecast.Model;

/// <summary>
/// One language of the site as the build serves it: the default language at /, any other at /&lt;code&gt;/.
/// Every URL and output path of that language's pages goes through <see cref="Url"/> and <see cref="Destination"/>.
/// </summary>
public sealed record SiteLanguage(string Code, bool IsDefault)
{
    /// <summary>The languages the theme, the dates and the search know.</summary>
    public static readonly IReadOnlyDictionary<string, string> Supported = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Each language's name as its speakers write it: what a language switcher shows.
        ["de"] = "Deutsch",
        ["en"] = "English",
    };

    /// <summary>The site's languages, the default first: one, unless site.yml lists several under languages.</summary>
    public static IReadOnlyList<SiteLanguage> Of(SiteConfig config) => config.Languages.Count > 1
        ? config.Languages.Select((language, i) => new SiteLanguage(language.Code, IsDefault: i == 0)).ToList()
        : [new SiteLanguage(config.Language, IsDefault: true)];

    /// <summary>The output folder of the language's pages: "" for the default, "en/" for English.</summary>
    public string Prefix => IsDefault ? "" : Code + "/";

    public string NativeName => Supported.TryGetValue(Code, out string? name) ? name : Code;

    /// <summary>The language's home page: / or /en/.</summary>
    public string HomeUrl => "/" + Prefix;

    /// <summary>
    /// Whether a pipeline's pages are in this language: a language's own pipelines are named after it (Posts.en),
    /// and those without a language (the podcast, the 404 page) are in the default language.
    /// </summary>
    public bool Builds(string pipelineName) =>
        IsDefault ? !pipelineName.Contains('.') : pipelineName.EndsWith("." + Code, StringComparison.Ordinal);

    /// <summary>A root-relative URL of the site (/blog/x/) as this language serves it (/en/blog/x/).</summary>
    public string Url(string url) => IsDefault ? url : "/" + Prefix + url.TrimStart('/');

    /// <summary>The output path of a page at a root-relative URL of this language: /blog/x/ → en/blog/x/index.html.</summary>
    public string Destination(string url)
    {
        string path = Url(url).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
