using BenchmarkDotNet.Attributes;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Model;

namespace Sitecast.Benchmarks;

/// <summary>Markdown to HTML for one German post of about 600 words, and a whole post file (front matter too).</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private MarkdownRenderer _renderer = null!;
    private string _markdown = "";
    private string _postFile = "";
    private string _frontMatter = "";

    [GlobalSetup]
    public void Setup()
    {
        _renderer = new MarkdownRenderer("de");
        _markdown = BenchSite.GermanPostOf600Words();
        _postFile = Directory.EnumerateFiles(Path.Combine(BenchSite.RepoRoot, "input", "posts"), "*.md")
            .Order(StringComparer.Ordinal).First();
        _frontMatter = FrontMatterSplitter.Split(File.ReadAllText(_postFile), _postFile).Yaml;
        Console.WriteLine($"// Markdown input: {PlainText.CountWords(_markdown)} words, {_markdown.Length} characters");
    }

    [Benchmark]
    public RenderedMarkdown RenderGermanPost() => _renderer.Render(_markdown);

    /// <summary>A post's front matter: key positions for messages, then the typed values.</summary>
    [Benchmark]
    public FrontMatter ReadFrontMatter() =>
        YamlReader.Read<FrontMatter>(_frontMatter, "input/posts/post.md", 2, FrontMatter.Keys, new DiagnosticBag(), out _);

    /// <summary>Reading a post file: UTF-8 check, front matter (YAML, read twice for key positions) and the body.</summary>
    [Benchmark]
    public MarkdownSource ReadPostFile() => MarkdownSource.Read(new FileInfo(_postFile), "input/posts/post.md", _renderer, new DiagnosticBag());
}
