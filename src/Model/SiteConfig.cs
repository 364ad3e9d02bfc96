namespace Sitecast.Model;

/// <summary>site.yml: the settings of the whole site. Keys are camelCase in YAML.</summary>
public sealed class SiteConfig
{
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>Absolute URL the site is served from, e.g. https://example.org/ or https://example.org/blog/.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>de or en: the language of the theme's strings, of dates on pages and of quotes.</summary>
    public string Language { get; set; } = "de";

    public string TimeZone { get; set; } = "Europe/Berlin";

    public int PostsPerPage { get; set; } = 10;

    /// <summary>How many of the newest posts the blog feeds carry.</summary>
    public int FeedItems { get; set; } = 20;

    public List<Author> Authors { get; set; } = new();

    /// <summary>The main navigation, in order.</summary>
    public List<Link> Menu { get; set; } = new();

    /// <summary>Links in every page's footer (legal pages).</summary>
    public List<Link> Footer { get; set; } = new();

    /// <summary>The languages of a site in several, default first; empty for a site in one (<see cref="Language"/>).</summary>
    public List<LanguageConfig> Languages { get; set; } = new();

    /// <summary>This site as one of its languages sees it: that language's title, description, menu and footer.</summary>
    public SiteConfig For(LanguageConfig language) => new()
    {
        Title = language.Title ?? Title,
        Description = language.Description ?? Description,
        BaseUrl = BaseUrl,
        Language = language.Code,
        TimeZone = TimeZone,
        PostsPerPage = PostsPerPage,
        FeedItems = FeedItems,
        Authors = Authors,
        Menu = language.Menu ?? Menu,
        Footer = language.Footer ?? Footer,
        Cadence = Cadence,
        Languages = Languages,
    };

    /// <summary>How often posts are due: see `new post` and `schedule`.</summary>
    public Cadence Cadence { get; set; } = new();

    /// <summary>
    /// For bench/run.py only: leaves out the search page, its index and the link check, the work the other generators
    /// in the benchmark do not do, so their times can be compared like for like. A real site never sets it.
    /// </summary>
    public bool BenchmarkEqualWork { get; set; }

    /// <summary>The settings' file keys, for the unknown-key check.</summary>
    public static readonly string[] Keys =
        ["title", "description", "baseUrl", "language", "timeZone", "postsPerPage", "feedItems", "authors", "menu", "footer", "cadence", "languages", "benchmarkEqualWork"];
}
