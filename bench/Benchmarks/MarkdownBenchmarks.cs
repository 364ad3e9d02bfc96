using BenchmarkDotNet.Attributes;
using Sitecast.Content;
using Sitecast.Diagnostics;

namespace Sitecast.Benchmarks;

/// <summary>Markdown to HTML for one German post of about 600 words, and a whole post file (front matter too).</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private MarkdownRenderer _renderer = null!;
    private string _markdown = "";
    private string _postFile = "";

    [GlobalSetup]
    public void Setup()
    {
        _renderer = new MarkdownRenderer("de");
        _markdown = BenchSite.GermanPostOf600Words();
        _postFile = Directory.EnumerateFiles(Path.Combine(BenchSite.RepoRoot, "input", "posts"), "*.md")
            .Order(StringComparer.Ordinal).First();
        Console.WriteLine($"// Markdown input: {PlainText.CountWords(_markdown)} words, {_markdown.Length} characters");
    }

    [Benchmark]
    public RenderedMarkdown RenderGermanPost() => _renderer.Render(_markdown);

    /// <summary>Reading a post file: UTF-8 check, front matter (YAML, read twice for key positions) and the body.</summary>
    [Benchmark]
    public MarkdownSource ReadPostFile() => MarkdownSource.Read(_postFile, "input/posts/post.md", _renderer, new DiagnosticBag());
}
