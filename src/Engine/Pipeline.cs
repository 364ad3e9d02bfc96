namespace Sitecast.Engine;

/// <summary>
/// A named group of modules in four phases, with the pipelines it depends on. Subclasses read
/// top to bottom as a list of steps; see the classes in Pipelines/.
/// </summary>
public abstract class Pipeline
{
    private readonly List<string> _dependencies = new();
    private readonly List<string> _postProcessDependencies = new();

    /// <summary>
    /// The language (or other part of the site) this instance builds; empty for a pipeline the site has once. Scoped
    /// instances of one class are told apart by name (Posts.en), and a dependency on Posts means the one of the same
    /// scope where there is one, else the shared one.
    /// </summary>
    public string Scope { get; init; } = "";

    public virtual string Name => Scope.Length == 0 ? GetType().Name : $"{GetType().Name}.{Scope}";

    /// <summary>The pipeline a dependency on <paramref name="name"/> means for this one, among the pipelines <paramref name="exists"/>.</summary>
    public string Resolve(string name, Func<string, bool> exists) =>
        Scope.Length > 0 && exists($"{name}.{Scope}") ? $"{name}.{Scope}" : name;

    internal void ResolveDependencies(Func<string, bool> exists)
    {
        for (int i = 0; i < _dependencies.Count; i++) _dependencies[i] = Resolve(_dependencies[i], exists);
        for (int i = 0; i < _postProcessDependencies.Count; i++) _postProcessDependencies[i] = Resolve(_postProcessDependencies[i], exists);
    }

    /// <summary>The pipelines whose Process outputs this one reads from its Process phase on: that phase waits for theirs.</summary>
    public IReadOnlyList<string> Dependencies => _dependencies;

    /// <summary>
    /// The pipelines whose Process outputs this one reads only from PostProcess on. They add no wait: every PostProcess
    /// phase runs after every Process phase, so this pipeline's Process still runs beside theirs.
    /// </summary>
    public IReadOnlyList<string> PostProcessDependencies => _postProcessDependencies;

    /// <summary>Whether this pipeline declared that it reads <paramref name="pipelineName"/>'s outputs in <paramref name="phase"/>.</summary>
    public bool MayRead(string pipelineName, Phase phase) =>
        _dependencies.Contains(pipelineName) ||
        (phase >= Phase.PostProcess && (pipelineName == Name || _postProcessDependencies.Contains(pipelineName)));

    public List<IModule> Input { get; } = new();

    public List<IModule> Process { get; } = new();

    public List<IModule> PostProcess { get; } = new();

    public List<IModule> Output { get; } = new();

    /// <summary>
    /// Declares a dependency by type, so a renamed pipeline breaks the compile, not the build: this pipeline reads
    /// <typeparamref name="TPipeline"/>'s Process outputs from phase <paramref name="from"/> on (Process or PostProcess).
    /// </summary>
    protected void DependsOn<TPipeline>(Phase from = Phase.Process) where TPipeline : Pipeline => DependsOn(typeof(TPipeline).Name, from);

    protected internal void DependsOn(string pipelineName, Phase from = Phase.Process)
    {
        if (from is not (Phase.Process or Phase.PostProcess))
            throw new ArgumentOutOfRangeException(nameof(from), from, "a pipeline reads other pipelines' outputs from Process or from PostProcess on");
        List<string> list = from == Phase.Process ? _dependencies : _postProcessDependencies;
        if (!list.Contains(pipelineName)) list.Add(pipelineName);
    }

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => Output,
    };
}
