using System.Collections.Immutable;
using Sitecast.Engine;

namespace Sitecast.Tests.Engine;

/// <summary>A pipeline assembled in a test, with dependencies given by name.</summary>
internal sealed class NamedPipeline : Pipeline
{
    private readonly string _name;

    public NamedPipeline(string name, params string[] dependencies)
    {
        _name = name;
        foreach (string dependency in dependencies) DependsOn(dependency);
    }

    public override string Name => _name;

    /// <summary>Declares that this pipeline reads <paramref name="dependency"/>'s outputs from PostProcess on.</summary>
    public NamedPipeline AfterProcessReads(string dependency)
    {
        DependsOn(dependency, Phase.PostProcess);
        return this;
    }
}

/// <summary>A module that runs a delegate: the smallest thing a test can put in a phase.</summary>
internal sealed class LambdaModule(Func<ImmutableArray<Document>, PipelineContext, Task<ImmutableArray<Document>>> run) : IModule
{
    public LambdaModule(Func<ImmutableArray<Document>, PipelineContext, ImmutableArray<Document>> run)
        : this((docs, context) => Task.FromResult(run(docs, context)))
    {
    }

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) => run(inputs, context);
}
