using Sitecast.Build;
using Xunit;

namespace Sitecast.Tests.Support;

/// <summary>What any incremental build must equal: a build of the same source from nothing, file for file.</summary>
public static class CleanBuildComparison
{
    /// <summary>Builds the same source again without the cache into another folder and compares both trees byte for byte.</summary>
    public static void AssertSameAsCleanBuild(TestSite site, string now = TestSite.DefaultNow)
    {
        string clean = Path.Combine(site.Root, "clean-output");
        if (Directory.Exists(clean)) Directory.Delete(clean, recursive: true);
        BuildReport report = SiteBuilder.BuildAsync(site.Options(now, output: clean, cache: false)).GetAwaiter().GetResult();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));

        string[] Tree(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToArray();
        string[] files = Tree(site.Output);
        Assert.Equal(Tree(clean), files);
        foreach (string file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(site.Output, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(clean, file))), $"{file} differs");
    }
}
