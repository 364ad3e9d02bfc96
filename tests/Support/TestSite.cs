using System.Text;
using Sitecast.Build;
using Xunit;

namespace Sitecast.Tests.Support;

/// <summary>
/// A small site written inline in a test, Hugo-style:
/// <code>
/// -- site.yml --
/// title: Test
/// -- input/posts/2026-01-05-hello.md --
/// ---
/// title: Hello
/// ---
/// Body
/// </code>
/// A site.yml is added when the text has none. Builds go into a fresh temporary folder, so tests run in parallel.
/// Edits and rebuilds: TestSite.Rebuilds.cs.
/// </summary>
public sealed partial class TestSite : IDisposable
{
    /// <summary>The "now" of every build unless a test sets its own.</summary>
    public const string DefaultNow = "2026-11-28T10:00";

    public const string DefaultSiteYml = """
        title: Test Site
        description: A site for tests
        baseUrl: https://example.org/
        language: de
        timeZone: Europe/Berlin
        postsPerPage: 10
        authors:
          - id: anna
            name: Anna Beispiel
        """;

    public TestSite(string files)
    {
        Root = Path.Combine(Path.GetTempPath(), "sitecast-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        bool hasSiteYml = false;
        foreach (var (path, content) in Parse(files))
        {
            Write(path, content);
            hasSiteYml |= path == "site.yml";
        }

        if (!hasSiteYml) Write("site.yml", DefaultSiteYml);
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "site");

    public BuildReport? Report { get; private set; }

    public void Write(string relativePath, string content)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }

    public void WriteBytes(string relativePath, byte[] content)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <param name="cache">False: as --no-cache, neither reading nor writing .sitecast-cache/.</param>
    public BuildOptions Options(string now = DefaultNow, bool drafts = false, bool future = false, string? output = null, bool cache = true) => new()
    {
        SourceRoot = Root,
        OutputRoot = output ?? Output,
        IncludeDrafts = drafts,
        IncludeFuture = future,
        Now = DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture),
        DefaultThemeRoot = RepoPaths.Theme,
        UseCache = cache,
    };

    public BuildReport Build(string now = DefaultNow, bool drafts = false, bool future = false, string? output = null, bool cache = true)
    {
        Report = SiteBuilder.BuildAsync(Options(now, drafts, future, output, cache)).GetAwaiter().GetResult();
        return Report;
    }

    /// <summary>Builds and fails the test with every diagnostic when the build did not succeed.</summary>
    public BuildReport BuildOk(string now = DefaultNow, bool drafts = false, bool future = false)
    {
        BuildReport report = Build(now, drafts, future);
        Assert.True(report.Succeeded, "build failed:\n" + string.Join("\n", report.Diagnostics));
        return report;
    }

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public string Read(string outputPath)
    {
        string path = Path.Combine(Output, outputPath);
        Assert.True(File.Exists(path), $"{outputPath} was not written; the output has: {string.Join(", ", OutputFiles().Take(40))}");
        return File.ReadAllText(path);
    }

    public IReadOnlyList<string> OutputFiles() => Directory.Exists(Output)
        ? Directory.GetFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>
    /// Checks an output file line by line: each line must occur in the file, a line starting with "! " must not,
    /// and lines starting with "#" are comments.
    /// </summary>
    public void AssertFileContent(string outputPath, string expectations)
    {
        string content = Read(outputPath);
        foreach (string raw in expectations.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("! ", StringComparison.Ordinal))
                Assert.False(content.Contains(line[2..], StringComparison.Ordinal), $"{outputPath} should not contain: {line[2..]}");
            else
                Assert.True(content.Contains(line, StringComparison.Ordinal), $"{outputPath} should contain: {line}\n---\n{content}");
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static IEnumerable<(string Path, string Content)> Parse(string files)
    {
        string? path = null;
        var content = new StringBuilder();
        foreach (string line in files.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null) yield return (path, content.ToString());
                path = line[3..^3].Trim();
                content.Clear();
            }
            else if (path is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        if (path is not null) yield return (path, content.ToString());
    }
}
