namespace Sitecast.Engine;

/// <summary>
/// A named group of modules in four phases, with the pipelines it depends on. Subclasses read
/// top to bottom as a list of steps; see the classes in Pipelines/.
/// </summary>
public abstract class Pipeline
{
    private readonly List<string> _dependencies = new();

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
    }

    public IReadOnlyList<string> Dependencies => _dependencies;

    public List<IModule> Input { get; } = new();

    public List<IModule> Process { get; } = new();

    public List<IModule> PostProcess { get; } = new();

    public List<IModule> Output { get; } = new();

    /// <summary>Declares a dependency by type, so a renamed pipeline breaks the compile, not the build.</summary>
    protected void DependsOn<TPipeline>() where TPipeline : Pipeline => DependsOn(typeof(TPipeline).Name);

    protected internal void DependsOn(string pipelineName)
    {
        if (!_dependencies.Contains(pipelineName)) _dependencies.Add(pipelineName);
    }

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => Output,
    };
}
