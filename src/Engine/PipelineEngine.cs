using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Sitecast.Diagnostics;

namespace Sitecast.Engine;

/// <summary>
/// Runs pipelines phase by phase. Every (pipeline, phase) pair is a task that starts as soon as what it
/// waits for is done, so independent pipelines run at the same time:
/// Process waits for its own Input and the Process phase of each dependency declared from Process on; PostProcess
/// waits for every Process phase (so a dependency declared from PostProcess on adds no wait); Output waits for its
/// own PostProcess.
/// </summary>
public sealed class PipelineEngine
{
    private readonly IReadOnlyList<Pipeline> _ordered;
    private readonly EngineTrace? _trace;

    /// <param name="trace">Records how long each module took, when given (see <see cref="EngineTrace"/>).</param>
    public PipelineEngine(IEnumerable<Pipeline> pipelines, EngineTrace? trace = null)
    {
        _ordered = PipelineGraph.Order(pipelines.ToList());
        _trace = trace;
    }

    /// <summary>Pipelines in dependency order.</summary>
    public IReadOnlyList<Pipeline> Pipelines => _ordered;

    public async Task<EngineResult> RunAsync(DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var run = new RunState(_ordered, diagnostics, cancellationToken, _trace);
        var total = Stopwatch.StartNew();

        var input = new Dictionary<string, Task<ImmutableArray<Document>>>();
        var process = new Dictionary<string, Task<ImmutableArray<Document>>>();
        foreach (Pipeline pipeline in _ordered)
        {
            input[pipeline.Name] = Task.Run(() => RunPhaseAsync(run, pipeline, Phase.Input, ImmutableArray<Document>.Empty));
        }

        // _ordered is topological, so every dependency's Process task exists when a pipeline's is created.
        foreach (Pipeline pipeline in _ordered)
        {
            Task[] waitsFor = pipeline.Dependencies.Select(d => (Task)process[d]).Append(input[pipeline.Name]).ToArray();
            process[pipeline.Name] = RunAfterAsync(run, pipeline, Phase.Process, input[pipeline.Name], waitsFor);
        }

        Task allProcess = Task.WhenAll(process.Values);
        var output = new List<Task<ImmutableArray<Document>>>();
        foreach (Pipeline pipeline in _ordered)
        {
            Task<ImmutableArray<Document>> post = RunAfterAsync(run, pipeline, Phase.PostProcess, process[pipeline.Name], [allProcess]);
            output.Add(RunAfterAsync(run, pipeline, Phase.Output, post, []));
        }

        await Task.WhenAll(output.Select(t => (Task)t).Append(allProcess).Select(SwallowFailure));
        return new EngineResult(run.Timings(), run.Outputs(), total.Elapsed);
    }

    private static async Task SwallowFailure(Task task)
    {
        try { await task; }
        catch (PipelineFailedException) { /* already reported where it happened */ }
    }

    private static async Task<ImmutableArray<Document>> RunAfterAsync(RunState run, Pipeline pipeline, Phase phase,
        Task<ImmutableArray<Document>> previous, Task[] waitsFor)
    {
        ImmutableArray<Document> documents = await previous;
        // Hold the previous phase's documents only as long as this phase needs them (see RunState.Record).
        previous = null!;
        foreach (Task task in waitsFor) await task;
        return await RunPhaseAsync(run, pipeline, phase, documents);
    }

    private static async Task<ImmutableArray<Document>> RunPhaseAsync(RunState run, Pipeline pipeline, Phase phase,
        ImmutableArray<Document> documents)
    {
        var context = new PipelineContext(run, pipeline, phase);
        var watch = Stopwatch.StartNew();
        IModule? current = null;
        try
        {
            foreach (IModule module in pipeline.ModulesOf(phase))
            {
                run.CancellationToken.ThrowIfCancellationRequested();
                current = module;
                long started = Stopwatch.GetTimestamp();
                documents = await module.ExecuteAsync(documents, context);
                run.Trace?.Record($"{pipeline.Name}.{phase}: {module.GetType().Name}", documents.Length, Stopwatch.GetElapsedTime(started));
            }
        }
        catch (Exception e) when (e is not PipelineFailedException and not OperationCanceledException)
        {
            string what = current is null ? "" : $" in module {current.GetType().Name}";
            run.Diagnostics.Error(new SourceLocation(""),
                $"pipeline {pipeline.Name} failed in its {phase} phase{what}: {e.GetBaseException().Message}");
            throw new PipelineFailedException(pipeline.Name, e);
        }

        run.Record(pipeline.Name, phase, documents, watch.Elapsed);
        return documents;
    }

    /// <summary>The shared state of one run: outputs recorded so far, diagnostics, cancellation.</summary>
    internal sealed class RunState(IReadOnlyList<Pipeline> pipelines, DiagnosticBag diagnostics, CancellationToken cancellationToken,
        EngineTrace? trace = null)
    {
        private readonly ConcurrentDictionary<(string, Phase), ImmutableArray<Document>> _outputs = new();
        private readonly ConcurrentDictionary<(string, Phase), TimeSpan> _timings = new();
        private readonly HashSet<string> _names = pipelines.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        public DiagnosticBag Diagnostics { get; } = diagnostics;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public EngineTrace? Trace { get; } = trace;

        public bool HasPipeline(string name) => _names.Contains(name);

        public void Record(string pipeline, Phase phase, ImmutableArray<Document> documents, TimeSpan elapsed)
        {
            _outputs[(pipeline, phase)] = documents;
            _timings[(pipeline, phase)] = elapsed;
            // Once written, the PostProcess documents are remembered as the Output phase left them (a writing
            // module drops the content it put on disk), so rendered pages do not stay in memory to the end.
            if (phase == Phase.Output) _outputs[(pipeline, Phase.PostProcess)] = documents;
        }

        public ImmutableArray<Document> ProcessOutputsOf(string pipeline) =>
            _outputs.TryGetValue((pipeline, Phase.Process), out var documents) ? documents : ImmutableArray<Document>.Empty;

        public IEnumerable<(string, ImmutableArray<Document>)> AllProcessOutputs() =>
            pipelines.Select(p => (p.Name, ProcessOutputsOf(p.Name)));

        public IReadOnlyDictionary<(string Pipeline, Phase Phase), TimeSpan> Timings() => _timings;

        public IReadOnlyDictionary<(string Pipeline, Phase Phase), ImmutableArray<Document>> Outputs() => _outputs;
    }
}
