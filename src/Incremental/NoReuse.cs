using Sitecast.Build;
using Sitecast.Output;

namespace Sitecast.Incremental;

/// <summary>
/// The reuse of a build with the cache off (--no-cache): nothing is read from or written to .sitecast-cache/. Its
/// stores (made without a cache folder) make every value and keep nothing; resized images are made in a temporary
/// folder of their own, deleted when the build ends.
/// </summary>
public sealed class NoReuse(BuildOptions options) : BuildReuse(options, null)
{
    private readonly string _imageFolder = Path.Combine(Path.GetTempPath(), "sitecast-images-" + Guid.NewGuid().ToString("N"));

    public override string ImageFolder => _imageFolder;

    public override BuildStamp? UpToDate(List<FileInfo> contentFiles, Func<TimeZoneInfo, DateTimeOffset> nowIn) => null;

    public override string CreateStaging() => OutputFolder.CreateStaging(Options.OutputRoot, recycle: false).Path;

    public override void Open(string markdownOptions, BuildStatistics statistics)
    {
    }

    public override void PrepareForNext(string staging, IReadOnlyCollection<string> written, IReadOnlyList<FileInfo> contentFiles)
    {
    }

    public override void PrepareLinkScansForNext() { }

    public override void Commit(string timeZone, DateTimeOffset now, TimeWindow window, IReadOnlyList<Diagnostics.Diagnostic> diagnostics)
    {
    }

    public override void Dispose()
    {
        if (Directory.Exists(_imageFolder)) Directory.Delete(_imageFolder, recursive: true);
    }
}
