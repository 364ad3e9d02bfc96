using System.Text;
using System.Text.RegularExpressions;
using Sitecast.Build;

namespace Sitecast.Tests.Support;

/// <summary>
/// The repository's own sample site (site.yml, input/, podcast/ …), copied into a temporary folder and built
/// there: as it is, in German and English (<see cref="BothLanguages"/>), or as a site in one language, de or en
/// (its languages: list and its English translations, the *.en.md files, left out). Tests that check every page use it, so pages added to the sample or the theme later
/// are covered without touching the tests.
/// </summary>
public sealed partial class SampleSite : IDisposable
{
    /// <summary>The sample as it is: German at /, English at /en/.</summary>
    public const string BothLanguages = "de+en";

    /// <summary>A moment after every sample post, so the whole sample is published.</summary>
    public const string BuildMoment = "2030-01-01T08:00";

    // Folders at the repository root that belong to the program or its tooling, not to the sample site.
    private static readonly HashSet<string> NotSiteContent = new(StringComparer.Ordinal)
    {
        "src", "tests", "theme", "site", "bin", "obj", "bench", "docs", "node_modules", "TestResults",
    };

    private SampleSite(string root, string language)
    {
        Root = root;
        Language = language;
    }

    public string Root { get; }

    public string Language { get; }

    public string Source => Path.Combine(Root, "source");

    public string Output => Path.Combine(Root, "site");

    public BuildReport? Report { get; private set; }

    /// <summary>The base URL the site was built for: the override, or baseUrl from site.yml.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Copies the sample, sets <c>language</c> in its site.yml and builds it with the given base URL.</summary>
    public static SampleSite Build(string language, string? baseUrl = null)
    {
        string root = Path.Combine(Path.GetTempPath(), "sitecast-tests", "sample-" + language.Replace('+', '-') + "-" + Guid.NewGuid().ToString("N"));
        var sample = new SampleSite(root, language);
        sample.CopySample();
        sample.BaseUrl = baseUrl ?? BaseUrlLine().Match(File.ReadAllText(Path.Combine(sample.Source, SiteConfigLoader.FileName))).Groups[1].Value.Trim('"', '\'');
        sample.Report = SiteBuilder.BuildAsync(new BuildOptions
        {
            SourceRoot = sample.Source,
            OutputRoot = sample.Output,
            BaseUrl = baseUrl,
            Now = DateTime.Parse(BuildMoment, System.Globalization.CultureInfo.InvariantCulture),
            DefaultThemeRoot = RepoPaths.Theme,
        }).GetAwaiter().GetResult();
        return sample;
    }

    /// <summary>Why the build failed (every diagnostic), or null when it succeeded.</summary>
    public string? Failure => Report is { Succeeded: true }
        ? null
        : "the sample site did not build:\n" + string.Join("\n", Report?.Diagnostics.Select(d => d.ToString()) ?? []);

    /// <summary>Every HTML page of the built site, sorted by path, with the URL path it is served under.</summary>
    public IReadOnlyList<SitePage> Pages() => Directory.Exists(Output)
        ? Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Output, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => new SitePage(path, UrlPathOf(path)))
            .ToList()
        : [];

    public string ReadPage(SitePage page) => File.ReadAllText(Path.Combine(Output, page.File));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string UrlPathOf(string file) =>
        file == "index.html" ? "/" : file.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + file[..^"index.html".Length] : "/" + file;

    private void CopySample()
    {
        Directory.CreateDirectory(Source);
        string siteYml = File.ReadAllText(Path.Combine(RepoPaths.Root, SiteConfigLoader.FileName));
        if (Language != BothLanguages) siteYml = LanguagesBlock().Replace(siteYml, "");
        siteYml = Language == BothLanguages ? siteYml : LanguageLine().IsMatch(siteYml)
            ? LanguageLine().Replace(siteYml, "language: " + Language, 1)
            : siteYml.TrimEnd('\n') + "\nlanguage: " + Language + "\n";
        File.WriteAllText(Path.Combine(Source, SiteConfigLoader.FileName), siteYml, new UTF8Encoding(false));

        foreach (string dir in Directory.GetDirectories(RepoPaths.Root))
        {
            string name = Path.GetFileName(dir);
            if (name.StartsWith('.') || NotSiteContent.Contains(name) || name.StartsWith("site.", StringComparison.Ordinal)) continue;
            CopyTree(dir, Path.Combine(Source, name), withTranslations: Language == BothLanguages);
        }
    }

    private static void CopyTree(string from, string to, bool withTranslations)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            if (!withTranslations && file.EndsWith(".en.md", StringComparison.Ordinal)) continue;
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (string dir in Directory.GetDirectories(from))
        {
            string name = Path.GetFileName(dir);
            if (name is "bin" or "obj" or "node_modules") continue;
            CopyTree(dir, Path.Combine(to, name), withTranslations);
        }
    }

    [GeneratedRegex(@"^baseUrl:\s*(\S+)", RegexOptions.Multiline)]
    private static partial Regex BaseUrlLine();

    // The languages: list, up to the next top-level key or the end; the comment line above it goes with it.
    [GeneratedRegex(@"^(#[^\n]*\n)?languages:\n(?:[ \t]+[^\n]*\n?)*", RegexOptions.Multiline)]
    private static partial Regex LanguagesBlock();

    [GeneratedRegex(@"^language:.*$", RegexOptions.Multiline)]
    private static partial Regex LanguageLine();
}
