using System.Text.RegularExpressions;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Site;

/// <summary>
/// Checks on the HTML of every page of the sample site, in both languages, that need no browser:
/// the language of each page, the legal pages in every footer, and no resource from another host.
/// </summary>
public sealed partial class SampleSiteTests(SampleSiteBuilds builds) : IClassFixture<SampleSiteBuilds>
{
    private static readonly string[] LegalPages = ["/impressum/", "/datenschutz/", "/barrierefreiheit/"];

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void The_sample_site_builds_with_every_basic_page_type(string language)
    {
        SampleSite site = builds.In(language);
        Assert.Null(site.Failure);
        var urls = site.Pages().Select(p => p.UrlPath).ToHashSet();
        Assert.Contains("/", urls);
        Assert.Contains("/blog/", urls);
        Assert.Contains(urls, u => u.StartsWith("/blog/", StringComparison.Ordinal) && u.Length > "/blog/".Length);
        foreach (string legal in LegalPages) Assert.Contains(legal, urls);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void Every_page_declares_the_site_language(string language)
    {
        SampleSite site = builds.In(language);
        var wrong = site.Pages()
            .Where(p => !site.ReadPage(p).Contains($"<html lang=\"{language}\">", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(site.Pages());
        Assert.True(wrong.Count == 0, $"pages without <html lang=\"{language}\">: {string.Join(", ", wrong)}");
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void Every_page_footer_links_impressum_datenschutz_and_barrierefreiheit(string language)
    {
        SampleSite site = builds.In(language);
        var problems = new List<string>();
        foreach (SitePage page in site.Pages())
        {
            Match footer = Footer().Match(site.ReadPage(page));
            if (!footer.Success)
            {
                problems.Add($"{page}: no <footer>");
                continue;
            }

            var hrefs = Href().Matches(footer.Value).Select(m => m.Groups[1].Value).ToList();
            foreach (string legal in LegalPages.Where(l => !hrefs.Any(h => h.EndsWith(l, StringComparison.Ordinal))))
                problems.Add($"{page}: the footer does not link {legal}");
        }

        Assert.NotEmpty(site.Pages());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void No_page_loads_anything_from_another_host(string language)
    {
        SampleSite site = builds.In(language);
        string ownHost = new Uri(site.BaseUrl).Host;
        var problems = new List<string>();
        foreach (SitePage page in site.Pages())
        {
            foreach (Match resource in ExternalResource().Matches(site.ReadPage(page)))
            {
                string url = resource.Groups["url"].Value;
                string host = new Uri((url.StartsWith("//", StringComparison.Ordinal) ? "https:" : "") + url).Host;
                if (host != ownHost) problems.Add($"{page}: {resource.Value}");
            }
        }

        Assert.NotEmpty(site.Pages());
        Assert.True(problems.Count == 0, "resources from another host (only plain <a> links may leave the site):\n" + string.Join("\n", problems));
    }

    [GeneratedRegex("<footer\\b.*?</footer>", RegexOptions.Singleline)]
    private static partial Regex Footer();

    [GeneratedRegex("\\bhref=\"([^\"]*)\"")]
    private static partial Regex Href();

    // What a browser fetches on its own: src/srcset/poster/data attributes, stylesheets, icons, preloads, CSS url()
    // and @import. A link the reader clicks (<a href>) and metadata such as rel=canonical are not fetched.
    [GeneratedRegex("""(?:\b(?:src|srcset|poster|data)\s*=\s*["']?\s*|<link\b(?=[^>]*\brel=["']?(?:stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest))[^>]*\bhref=["']?|url\(\s*["']?|@import\s+["'])(?<url>(?:https?:)?//[^\s"'>)]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();
}
