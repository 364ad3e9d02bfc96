namespace Sitecast.Engine;

/// <summary>
/// A named group of modules in four phases, with the pipelines it depends on. Subclasses read
/// top to bottom as a list of steps; see the classes in Pipelines/.
/// </summary>
public abstract class Pipeline
{
    private readonly List<string> _dependencies = new();

    public virtual string Name => GetType().Name;

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
