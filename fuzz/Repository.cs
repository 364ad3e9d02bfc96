namespace Sitecast.Fuzz;

internal static class Repository
{
    /// <summary>The checkout the harness runs in: the first folder upwards from here that holds Build.csproj.</summary>
    public static string Root()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Build.csproj"))) return folder.FullName;
        }

        throw new InvalidOperationException("run the harness inside the sitecast checkout (no Build.csproj found upwards)");
    }

    /// <summary>Every file with one of these extensions under the test fixtures.</summary>
    public static IEnumerable<string> Fixtures(string repository, params string[] extensions) =>
        Directory.EnumerateFiles(Path.Combine(repository, "tests", "fixtures"), "*", SearchOption.AllDirectories)
            .Where(path => extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Where(path => new FileInfo(path).Length > 0)
            .Order(StringComparer.Ordinal);

    /// <summary>The hand-written seeds of one target, fuzz/seeds/TARGET.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> HandWritten(string repository, string target) =>
        Directory.EnumerateFiles(Path.Combine(repository, "fuzz", "seeds", target))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)));
}
