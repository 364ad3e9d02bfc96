using System.Collections.Immutable;
using Sitecast.Diagnostics;

namespace Sitecast.Engine;

/// <summary>
/// Base for modules that treat each document on its own. A document whose processing throws a
/// <see cref="ContentException"/> is reported and dropped; the others carry on.
/// </summary>
public abstract class PerDocumentModule : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var results = new Document?[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            try
            {
                results[i] = Execute(inputs[i], context);
            }
            catch (ContentException e)
            {
                context.Diagnostics.Add(e.Diagnostic);
            }
        });
        // Parallel inside, input order outside: output stays deterministic.
        return Task.FromResult(results.OfType<Document>().ToImmutableArray());
    }

    /// <summary>Returns the changed document, or null to drop it.</summary>
    protected abstract Document? Execute(Document document, PipelineContext context);
}
