using System.Collections.Immutable;
using Sitecast.Engine;
using Sitecast.Model;

namespace Sitecast.Modules;

/// <summary>Newest post first; posts of the same moment by source path, so the order is total.</summary>
public sealed class SortPosts : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        Task.FromResult(inputs
            .OrderByDescending(d => d.ModelAs<Post>().Date)
            .ThenBy(d => d.Source, StringComparer.Ordinal)
            .ToImmutableArray());
}
