using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Templates;

namespace Sitecast.Benchmarks;

/// <summary>
/// What the benchmarks work on, made the way a build makes it: the repository's sample site (site.yml, its
/// German posts) with the shipped theme, and its posts parsed by the real Posts modules.
/// </summary>
internal static class BenchSite
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string OutRoot => Path.Combine(RepoRoot, "bench", "out");

    /// <summary>A site context over the sample site, as <see cref="SiteBuilder"/> creates it.</summary>
    public static SiteContext CreateContext()
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions
        {
            SourceRoot = RepoRoot,
            OutputRoot = Path.Combine(OutRoot, "benchmark-site"),
            Now = new DateTime(2026, 11, 28, 10, 0, 0),
            DefaultThemeRoot = Path.Combine(RepoRoot, "theme"),
        };
        SiteConfig config = SiteConfigLoader.Load(RepoRoot, null, diagnostics);
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(config.TimeZone);
        var theme = new ThemeFolders([(options.DefaultThemeRoot, "theme")]);
        var urls = new SiteUrls(config.BaseUrl);
        var site = new SiteContext
        {
            Options = options,
            Config = config,
            Zone = zone,
            Now = ContentDate.InZone(options.Now.Value, zone),
            Theme = theme,
            Markdown = new MarkdownRenderer(config.Language),
            Templates = new ThemeTemplates(theme, zone, urls, config.Language),
            Strings = ThemeStrings.Load(theme, config.Language, diagnostics),
            Urls = urls,
            Session = new BuildSession
            {
                StagingRoot = options.OutputRoot,
                Diagnostics = diagnostics,
                Window = new TimeWindow(ContentDate.InZone(options.Now.Value, zone)),
                Reuse = Incremental.BuildReuse.For(options with { UseCache = false }),
            },
        };
        foreach (Diagnostic error in site.Templates.Errors) diagnostics.Add(error);
        ThrowOnErrors(diagnostics);
        return site;
    }

    /// <summary>The sample site's posts after the Posts pipeline's Process phase: parsed, newest first, linked.</summary>
    public static ImmutableArray<Document> ParsedPosts(SiteContext site)
    {
        var engine = new PipelineEngine([new ParsedPostsPipeline(site)]);
        EngineResult result = engine.RunAsync(site.Session.Diagnostics).GetAwaiter().GetResult();
        ThrowOnErrors(site.Session.Diagnostics);
        return result.OutputsOf(nameof(ParsedPostsPipeline), Phase.Process);
    }

    /// <summary>
    /// A German post of about 600 words: the sample site's Markdown bodies, joined block by block until there
    /// are enough words.
    /// </summary>
    public static string GermanPostOf600Words()
    {
        var blocks = new List<string>();
        int words = 0;
        foreach (string file in Directory.EnumerateFiles(Path.Combine(RepoRoot, "input", "posts"), "*.md").Order(StringComparer.Ordinal))
        {
            string body = FrontMatterSplitter.Split(File.ReadAllText(file), file).Body;
            foreach (string block in body.Split("\n\n"))
            {
                if (words >= 600) break;
                blocks.Add(block);
                words += PlainText.CountWords(block);
            }
        }

        return string.Join("\n\n", blocks) + "\n";
    }

    private static void ThrowOnErrors(DiagnosticBag diagnostics)
    {
        if (diagnostics.HasErrors)
            throw new InvalidOperationException("the sample site has errors: " + string.Join("; ", diagnostics.Sorted()));
    }

    private static string FindRepoRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
