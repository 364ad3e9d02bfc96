using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Site;

/// <summary>
/// The README and docs/ are read by people who follow their links and open the files they name: every relative link
/// must lead to a file and, with a fragment, to a heading of it; every source file docs/architecture.md names must
/// exist.
/// </summary>
public sealed partial class DocumentationLinkTests
{
    // GitHub's heading ids, which is where the documents are read.
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub).Build();

    [Fact]
    public void Every_relative_link_of_the_readme_and_docs_leads_to_a_file_and_heading()
    {
        var broken = Documents().SelectMany(document => BrokenLinks(document, File.ReadAllText(document))).ToList();

        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void A_link_to_a_missing_heading_or_file_is_found()
    {
        string readme = Path.Combine(RepoPaths.Root, "README.md");

        var broken = BrokenLinks(readme, "[a](docs/podcast.md#no-such-heading) [b](docs/no-such-file.md) [c](docs/podcast.md#guids)");

        Assert.Equal(new[] { "README.md: docs/podcast.md#no-such-heading (no such heading)", "README.md: docs/no-such-file.md (no such file)" },
            broken);
    }

    [Fact]
    public void Every_source_file_the_architecture_names_exists()
    {
        string architecture = Path.Combine(RepoPaths.Root, "docs", "architecture.md");

        var missing = NamedSourceFiles(File.ReadAllText(architecture))
            .Where(path => !File.Exists(Path.Combine(RepoPaths.Root, path.StartsWith("src/") || path.StartsWith("tests/") ? path : "src/" + path)))
            .ToList();

        Assert.True(missing.Count == 0, "docs/architecture.md names files that do not exist:\n" + string.Join("\n", missing));
        Assert.Contains("src/Build/SiteBuilder.cs", NamedSourceFiles(File.ReadAllText(architecture)));
    }

    private static IEnumerable<string> Documents() =>
        new[] { Path.Combine(RepoPaths.Root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md").Order(StringComparer.Ordinal));

    private static List<string> BrokenLinks(string document, string text)
    {
        string shown = Path.GetRelativePath(RepoPaths.Root, document).Replace('\\', '/');
        var broken = new List<string>();
        foreach (LinkInline link in Markdig.Markdown.Parse(text, Markdown).Descendants<LinkInline>())
        {
            string url = link.Url ?? "";
            if (url.Length == 0 || UrlScheme().IsMatch(url) || url.StartsWith('/')) continue;
            string path = url.Split('#')[0];
            string fragment = url.Contains('#') ? url[(url.IndexOf('#') + 1)..] : "";
            string target = path.Length == 0 ? document : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, path));
            if (!File.Exists(target) && !Directory.Exists(target))
                broken.Add($"{shown}: {url} (no such file)");
            else if (fragment.Length > 0 && target.EndsWith(".md") && !HeadingIds(target).Contains(fragment))
                broken.Add($"{shown}: {url} (no such heading)");
        }

        return broken;
    }

    private static HashSet<string> HeadingIds(string document) =>
        Markdig.Markdown.Parse(File.ReadAllText(document), Markdown).Descendants<HeadingBlock>()
            .Select(heading => heading.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>`src/Build/SiteBuilder.cs`, `Build/SiteBuild.cs` or `tests/Support/TestSite.cs` in code spans.</summary>
    private static List<string> NamedSourceFiles(string text) =>
        SourcePath().Matches(text).Select(match => match.Groups[1].Value).Distinct().ToList();

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex UrlScheme();

    [GeneratedRegex(@"`((?:src/|tests/)?[A-Z][A-Za-z]+/(?:[A-Za-z]+/)*[A-Za-z]+\.cs)`")]
    private static partial Regex SourcePath();
}
