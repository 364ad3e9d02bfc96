namespace Sitecast.Tests.Support;

/// <summary>Finds the repository (the folder with Build.csproj) from wherever the tests run.</summary>
public static class RepoPaths
{
    public static readonly string Root = Find();

    public static string Theme => Path.Combine(Root, "theme");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Build.csproj"))) return dir.FullName;
        }

        throw new InvalidOperationException("Build.csproj not found above " + AppContext.BaseDirectory);
    }
}
