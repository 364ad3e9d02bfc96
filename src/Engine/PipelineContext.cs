using System.Collections.Immutable;
using Sitecast.Diagnostics;

namespace Sitecast.Engine;

/// <summary>What a module sees while it runs: where it is, the diagnostics, and the outputs it may read.</summary>
public sealed class PipelineContext
{
    private readonly PipelineEngine.RunState _run;

    internal PipelineContext(PipelineEngine.RunState run, Pipeline pipeline, Phase phase)
    {
        _run = run;
        Pipeline = pipeline;
        Phase = phase;
    }

    public Pipeline Pipeline { get; }

    public Phase Phase { get; }

    public DiagnosticBag Diagnostics => _run.Diagnostics;

    public CancellationToken CancellationToken => _run.CancellationToken;

    public ImmutableArray<Document> OutputsOf<TPipeline>() where TPipeline : Pipeline => OutputsOf(typeof(TPipeline).Name);

    /// <summary>
    /// The Process outputs of another pipeline, which this one declared a dependency on. In the Process phase only
    /// dependencies declared from Process may be read: that rule is what lets independent pipelines run at the same
    /// time safely. From PostProcess on, dependencies declared from PostProcess may be read too.
    /// </summary>
    public ImmutableArray<Document> OutputsOf(string pipelineName)
    {
        string shortName = pipelineName;
        pipelineName = Pipeline.Resolve(pipelineName, _run.HasPipeline);
        if (!_run.HasPipeline(pipelineName))
            throw new InvalidOperationException($"Pipeline {Pipeline.Name} asked for the outputs of {pipelineName}, which does not exist.");
        if (!Pipeline.MayRead(pipelineName, Phase))
            throw new InvalidOperationException(
                $"Pipeline {Pipeline.Name} cannot read the outputs of {pipelineName} in its {Phase} phase: " +
                $"it does not declare a dependency on it (add DependsOn<{shortName}>({(Phase <= Phase.Process ? "" : "Phase.PostProcess")})).");
        return _run.ProcessOutputsOf(pipelineName);
    }

    /// <summary>
    /// Every pipeline's Process outputs, for what is made of all the site's pages (the sitemap, the search index);
    /// only after all Process phases have run.
    /// </summary>
    public IEnumerable<(string Pipeline, ImmutableArray<Document> Documents)> AllProcessOutputs()
    {
        if (Phase <= Phase.Process)
            throw new InvalidOperationException($"Pipeline {Pipeline.Name} can read all outputs only from PostProcess on.");
        return _run.AllProcessOutputs();
    }
}
