using System.Collections.Immutable;

namespace Sitecast.Engine;

/// <summary>One step of a pipeline phase: documents in, documents out.</summary>
public interface IModule
{
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context);
}
