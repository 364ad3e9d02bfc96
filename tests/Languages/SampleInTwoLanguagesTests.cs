using System.Text.RegularExpressions;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Languages;

/// <summary>The repository's sample as it is: one site in German and English.</summary>
public sealed partial class SampleInTwoLanguagesTests : IDisposable
{
    private readonly SampleSite _site = SampleSite.Build(SampleSite.BothLanguages);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_sample_builds_as_one_site_in_two_languages_without_a_warning()
    {
        Assert.Null(_site.Failure);
        Assert.Empty(_site.Report!.Diagnostics);
        var english = _site.Pages().Where(p => p.File.StartsWith("en/", StringComparison.Ordinal)).Select(p => p.UrlPath).ToList();
        foreach (string url in new[] { "/en/", "/en/blog/", "/en/about/", "/en/legal-notice/", "/en/privacy/", "/en/accessibility/", "/en/search/" })
            Assert.Contains(url, english);
        Assert.True(english.Count(u => u.StartsWith("/en/blog/", StringComparison.Ordinal) && u.Count(c => c == '/') == 4) >= 2,
            "fewer than two posts in English");
    }

    [Fact]
    public void Every_english_page_is_in_english_and_links_the_english_legal_pages()
    {
        var problems = new List<string>();
        foreach (SitePage page in _site.Pages().Where(p => p.File.StartsWith("en/", StringComparison.Ordinal)))
        {
            string html = _site.ReadPage(page);
            if (!html.Contains("<html lang=\"en\">", StringComparison.Ordinal)) problems.Add($"{page}: not lang=\"en\"");
            string footer = Footer().Match(html).Value;
            foreach (string legal in new[] { "/en/legal-notice/", "/en/privacy/", "/en/accessibility/" })
                if (!footer.Contains($"href=\"{legal}\"", StringComparison.Ordinal)) problems.Add($"{page}: the footer does not link {legal}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [GeneratedRegex("<footer\\b.*?</footer>", RegexOptions.Singleline)]
    private static partial Regex Footer();
}
