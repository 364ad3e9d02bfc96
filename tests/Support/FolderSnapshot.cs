using Xunit;

namespace Sitecast.Tests.Support;

/// <summary>Every file of a folder with its bytes, by relative path with '/', to prove a folder did or did not change.</summary>
public static class FolderSnapshot
{
    public static Dictionary<string, byte[]> Of(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>The same files with the same bytes; the message names the first file that differs.</summary>
    public static void AssertSame(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected) Assert.True(bytes.SequenceEqual(actual[path]), $"{path} changed");
    }
}
