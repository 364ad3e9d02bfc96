using Sitecast.Build;
using Xunit;

namespace Sitecast.Tests.Support;

/// <summary>
/// The build → edit → rebuild sequence of the workflow tests, Hugo's integration tests being the model: a test
/// builds, edits a source by naming only the text that changes, rebuilds, and asserts on what the rebuild did.
/// <code>
/// site.BuildOk();
/// site.Edit("input/posts/2026-09-10-alt.md", "Beitrag.", "Beitrag, ergänzt.");
/// Assert.Equal(1, site.Rebuild().MarkdownRendered);
/// </code>
/// </summary>
public sealed partial class TestSite
{
    /// <summary>
    /// Replaces the one occurrence of <paramref name="text"/> in a source file. It fails when the file holds the text
    /// not exactly once, so an edit that changes nothing (or more than meant) cannot go unnoticed.
    /// </summary>
    public TestSite Edit(string relativePath, string text, string replacement)
    {
        string path = Path.Combine(Root, relativePath);
        Assert.True(File.Exists(path), $"{relativePath} does not exist");
        string content = File.ReadAllText(path);
        int first = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(first >= 0 && content.IndexOf(text, first + 1, StringComparison.Ordinal) < 0,
            $"{relativePath} should hold exactly once: {text}\n---\n{content}");
        Write(relativePath, string.Concat(content.AsSpan(0, first), replacement, content.AsSpan(first + text.Length)));
        return this;
    }

    /// <summary>The default theme's file at <paramref name="themePath"/> (e.g. layouts/base.liquid), edited, as the site's own theme file.</summary>
    public TestSite EditTheme(string themePath, string text, string replacement)
    {
        string theme = Path.Combine("theme", themePath);
        if (!File.Exists(Path.Combine(Root, theme))) Write(theme, File.ReadAllText(Path.Combine(RepoPaths.Theme, themePath)));
        return Edit(theme, text, replacement);
    }

    public TestSite Delete(string relativePath)
    {
        string path = Path.Combine(Root, relativePath);
        Assert.True(File.Exists(path), $"{relativePath} does not exist");
        File.Delete(path);
        return this;
    }

    /// <summary>
    /// Builds the edited site with the cache: the build must succeed and its output equal, file for file, a build of
    /// the same source from nothing. Returns what the build did and what it saved.
    /// </summary>
    public BuildStatistics Rebuild(string now = DefaultNow)
    {
        BuildReport report = BuildOk(now);
        CleanBuildComparison.AssertSameAsCleanBuild(this, now);
        return report.Statistics;
    }
}
