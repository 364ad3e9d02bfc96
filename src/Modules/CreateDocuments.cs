using System.Collections.Immutable;
using Sitecast.Engine;

namespace Sitecast.Modules;

/// <summary>Creates documents from code, for pages that have no source file (lists, the home page, feeds).</summary>
public sealed class CreateDocuments(Func<PipelineContext, IEnumerable<Document>> create) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        Task.FromResult(inputs.AddRange(create(context)));
}
