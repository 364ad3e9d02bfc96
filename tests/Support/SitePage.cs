namespace Sitecast.Tests.Support;

/// <summary>One HTML page of a built site: its file below the output folder and the URL path it is served under.</summary>
public sealed record SitePage(string File, string UrlPath)
{
    public override string ToString() => UrlPath;
}
