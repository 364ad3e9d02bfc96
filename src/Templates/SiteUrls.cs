namespace Sitecast.Templates;

/// <summary>
/// Turns the site's own root-relative URLs ("/blog/x/") into links for the configured base URL,
/// which may carry a path (https://example.org/smart-city/).
/// </summary>
public sealed class SiteUrls
{
    public SiteUrls(string baseUrl)
    {
        var uri = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute);
        Origin = uri.GetLeftPart(UriPartial.Authority);
        BasePath = uri.AbsolutePath;
    }

    /// <summary>Scheme, host and port, e.g. https://example.org.</summary>
    public string Origin { get; }

    /// <summary>The path the site lives under, always with leading and trailing slash.</summary>
    public string BasePath { get; }

    public string BaseUrl => Origin + BasePath;

    /// <summary>A link for pages: the base path plus the site-relative URL.</summary>
    public string Relative(string url) =>
        IsExternal(url) || url.StartsWith('#') ? url : BasePath + url.TrimStart('/');

    /// <summary>A full URL, for feeds, canonical links and sharing.</summary>
    public string Absolute(string url) => IsExternal(url) ? url : Origin + Relative(url);

    public static bool IsExternal(string url) =>
        url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal) ||
        url.StartsWith("tel:", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal) ||
        url.StartsWith("data:", StringComparison.Ordinal);
}
