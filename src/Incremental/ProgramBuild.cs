namespace Sitecast.Incremental;

/// <summary>
/// This build of the program. Results that depend on how the program works (rendered pages, audio facts, the
/// up-to-date stamp) are keyed by it, so a new version never reuses an older one's results.
/// </summary>
public static class ProgramBuild
{
    public static readonly string Id = typeof(ProgramBuild).Assembly.ManifestModule.ModuleVersionId.ToString();
}
