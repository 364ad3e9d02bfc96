using System.Collections.Immutable;
using Sitecast.Build;
using Sitecast.Diagnostics;
using Sitecast.Engine;

namespace Sitecast.Modules;

/// <summary>
/// Writes every document that has a destination into the staging folder. Refuses a destination that would
/// leave the folder, and two documents that want the same path (naming both sources).
/// </summary>
public sealed class WriteFiles(SiteContext site) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var writes = new List<(Document Document, string Path)>();
        foreach (Document document in inputs)
        {
            if (document.Destination is not { } destination) continue;
            SourceLocation origin = OriginOf(document);
            string? path = SafePaths.ResolveDestination(site.Session.StagingRoot, destination);
            if (path is null)
            {
                context.Diagnostics.Error(origin, $"the output path '{destination}' is not allowed",
                    "output paths are relative, use '/' between folders and never '..'");
                continue;
            }

            if (site.Session.Outputs.Claim(destination, origin) is { } earlier)
            {
                // Report once, at the later of the two sources, naming both: the order is then stable.
                var (first, second) = earlier.CompareTo(origin) < 0 ? (earlier, origin) : (origin, earlier);
                context.Diagnostics.Error(second, $"'{destination}' would be written twice: by {first.Path} and by {second.Path}",
                    "give one of them another slug");
                continue;
            }

            writes.Add((document, path));
        }

        await Parallel.ForEachAsync(writes, context.CancellationToken, async (write, token) =>
        {
            try
            {
                await site.Session.Writer.WriteAsync(write.Document.Destination!, write.Path, write.Document.Content, token);
            }
            catch (RenderFailedException e)
            {
                // Pages are rendered as they are written, so a template that fails at run time fails here.
                context.Diagnostics.Error(OriginOf(write.Document), $"could not render '{write.Document.Destination}': {e.Message}",
                    "check the layout and the partials this page uses");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A full disk or a vanished source file: an error for this document; the staging folder is then
                // discarded and the published site stays as it was.
                context.Diagnostics.Error(OriginOf(write.Document), $"could not write '{write.Document.Destination}': {e.Message}",
                    "check free disk space and permissions, then build again");
            }
        });

        // What is on disk need not stay in memory: the written documents go on without their content, so a
        // large site's pages are let go pipeline by pipeline instead of all being held until the build ends.
        var written = writes.Select(w => w.Document).ToHashSet(ReferenceEqualityComparer.Instance);
        return inputs.Select(d => written.Contains(d) ? d with { Content = DocumentContent.Empty } : d).ToImmutableArray();
    }

    private static SourceLocation OriginOf(Document document) =>
        document.Metadata.TryGetValue(MetadataKeys.Origin, out object? value) && value is SourceLocation origin
            ? origin
            : new SourceLocation(document.DisplayName);
}
