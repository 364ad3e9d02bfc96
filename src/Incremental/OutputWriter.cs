using Sitecast.Engine;
using Sitecast.Links;
using Sitecast.Output;

namespace Sitecast.Incremental;

/// <summary>
/// Puts one document's file into the staging folder: keeps the file a recycled folder already holds when it was made
/// from the same key, else takes it over from the previous output (see <see cref="OutputManifest"/>), else writes it,
/// scanning a rendered page for the link checker while its bytes are at hand. Modules ask it to write a destination
/// and know nothing of what is reused.
/// </summary>
public sealed class OutputWriter(string stagingRoot, RecycledStaging? recycled, OutputManifest? manifest, WrittenPages written,
    WriteFaults? faults = null)
{
    /// <param name="destination">The output path, relative with '/', already checked and claimed.</param>
    /// <param name="path">Where it lies in the staging folder.</param>
    public async Task WriteAsync(string destination, string path, DocumentContent content, CancellationToken token)
    {
        faults?.BeforeWrite(path);
        string? key = KeyOf(content);
        if (recycled is not null)
        {
            // The file the spare folder holds here may be right already; if not, it goes before anything is
            // written, since it may be a hard link shared with the published output.
            recycled.CheckFolders(path);
            if (key is not null && manifest is not null && manifest.TryKeep(destination, key, recycled.StatusOf(destination))) return;
            recycled.ClearForWrite(destination, path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (key is null || manifest is null)
        {
            await WriteAndScanAsync(content, path, token);
        }
        else if (!manifest.TryCarryOver(destination, key, path))
        {
            await WriteAndScanAsync(content, path, token);
            manifest.Record(destination, key, path);
        }
    }

    /// <summary>Writes the content; a rendered page is scanned for the link checker while its bytes are at hand.</summary>
    private Task WriteAndScanAsync(DocumentContent content, string path, CancellationToken token)
    {
        if (content is not RenderedContent page || !path.EndsWith(".html", StringComparison.Ordinal)) return content.WriteToAsync(path, token);
        string relative = Path.GetRelativePath(stagingRoot, path).Replace('\\', '/');
        return page.WriteToAsync(path, bytes => written.Scan(relative, bytes), token);
    }

    /// <summary>What the content is made from, when that can be told without making it.</summary>
    private static string? KeyOf(DocumentContent content) => content switch
    {
        RenderedContent rendered => rendered.Key,
        FileContent file when new FileInfo(file.AbsolutePath) is { Exists: true } source => CacheKey.OfFileStamp("file", source),
        _ => null,
    };
}
