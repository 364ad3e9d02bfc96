using System.Collections.Immutable;

namespace Sitecast.Engine;

/// <summary>What a run produced: the documents of each pipeline and phase, and how long each phase took.</summary>
public sealed record EngineResult(
    IReadOnlyDictionary<(string Pipeline, Phase Phase), TimeSpan> Timings,
    IReadOnlyDictionary<(string Pipeline, Phase Phase), ImmutableArray<Document>> Outputs,
    TimeSpan Elapsed)
{
    public ImmutableArray<Document> OutputsOf(string pipeline, Phase phase) =>
        Outputs.TryGetValue((pipeline, phase), out var documents) ? documents : ImmutableArray<Document>.Empty;
}
