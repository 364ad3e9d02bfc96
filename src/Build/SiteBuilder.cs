using Sitecast.Diagnostics;
using Sitecast.Progress;

namespace Sitecast.Build;

/// <summary>
/// One build from start to end: check the folders, read site.yml, run the pipelines into a staging folder,
/// and swap it in only when there was no error. A failed build leaves the previous output as it was.
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default,
        IProgressReporter? progress = null)
    {
        using var build = new SiteBuild(options, progress);
        try
        {
            if (build.Prepare() is { } ended) return ended;
            await build.RunAsync(cancellationToken);
            build.Check();
            return build.Commit();
        }
        catch (ContentException e)
        {
            return build.Fail(e);
        }
        catch
        {
            build.Discard();
            throw;
        }
    }
}
