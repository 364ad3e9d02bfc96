using System.Collections.Immutable;
using Sitecast.Build;
using Sitecast.Diagnostics;
using Sitecast.Engine;

namespace Sitecast.Modules;

/// <summary>
/// Creates one document per file below a folder, sorted by path so every machine sees the same order.
/// Content stays on disk until a later module reads it. A symbolic link that leads outside the site is refused.
/// </summary>
public sealed class ReadFiles(string root, string displayRoot, string searchPattern, bool recursive = false) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (!Directory.Exists(root)) return Task.FromResult(ImmutableArray<Document>.Empty);

        var files = Directory.EnumerateFiles(root, searchPattern,
                new EnumerationOptions { RecurseSubdirectories = recursive, AttributesToSkip = FileAttributes.Hidden })
            .Select(path => (Absolute: path, Relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);

        var documents = ImmutableArray.CreateBuilder<Document>();
        string resolvedRoot = SafePaths.ResolveLinks(Path.GetFullPath(root));
        foreach (var (absolute, relative) in files)
        {
            string display = displayRoot.Length == 0 ? relative : $"{displayRoot}/{relative}";
            if (!SafePaths.StaysInside(absolute, root, resolvedRoot))
            {
                context.Diagnostics.Error(new SourceLocation(display),
                    "this is a symbolic link to a file outside the site folder, which is not read",
                    "copy the file into the site folder instead of linking to it");
                continue;
            }

            documents.Add(new Document { Source = display, Content = DocumentContent.FromFile(absolute) });
        }

        return Task.FromResult(documents.ToImmutable());
    }
}
