using System.Collections.Concurrent;
using System.Collections.Immutable;
using Sitecast.Diagnostics;
using Sitecast.Engine;
using Xunit;

namespace Sitecast.Tests.Engine;

public sealed class PipelineEngineTests
{
    private static Document Doc(string source) => new() { Source = source };

    /// <summary>Gives each pipeline a Process module that waits until the other's has started.</summary>
    private static void ProcessPhasesWaitingForEachOther(Pipeline first, Pipeline second)
    {
        var started = new[] { new TaskCompletionSource(), new TaskCompletionSource() };
        first.Process.Add(WaitingModule(started[0], started[1]));
        second.Process.Add(WaitingModule(started[1], started[0]));

        static LambdaModule WaitingModule(TaskCompletionSource mine, TaskCompletionSource other) => new(async (docs, _) =>
        {
            mine.SetResult();
            await other.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return docs;
        });
    }

    private static ImmutableArray<Document> Boom(ImmutableArray<Document> documents, PipelineContext context) =>
        throw new InvalidOperationException("boom");

    [Fact]
    public async Task A_dependency_runs_its_process_phase_before_the_dependent_one()
    {
        // Given
        var order = new ConcurrentQueue<string>();
        var a = new NamedPipeline("A", "B");
        a.Process.Add(new LambdaModule((docs, _) => { order.Enqueue("A"); return docs; }));
        var b = new NamedPipeline("B");
        b.Process.Add(new LambdaModule(async (docs, _) => { await Task.Delay(50); order.Enqueue("B"); return docs; }));

        // When
        await new PipelineEngine([a, b]).RunAsync(new DiagnosticBag());

        // Then
        Assert.Equal(["B", "A"], order.ToArray());
    }

    [Fact]
    public void Pipelines_are_ordered_topologically_with_ties_broken_by_name()
    {
        var order = PipelineGraph.Order([new NamedPipeline("Home", "Posts"), new NamedPipeline("Posts"), new NamedPipeline("Assets")]);
        Assert.Equal(["Assets", "Posts", "Home"], order.Select(p => p.Name));
    }

    [Fact]
    public async Task Independent_pipelines_run_at_the_same_time()
    {
        // Given: each waits until the other has started; run one after the other, they would time out (30 s, so that
        // a loaded runner that starts the second late is no failure).
        var (a, b) = (new NamedPipeline("A"), new NamedPipeline("B"));
        ProcessPhasesWaitingForEachOther(a, b);
        var diagnostics = new DiagnosticBag();

        // When
        await new PipelineEngine([a, b]).RunAsync(diagnostics);

        // Then
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
    }

    [Fact]
    public void A_cycle_is_reported_with_every_pipeline_on_it()
    {
        var error = Assert.Throws<PipelineGraphException>(() => PipelineGraph.Order(
        [
            new NamedPipeline("Feeds", "Posts"),
            new NamedPipeline("Posts", "Tags"),
            new NamedPipeline("Tags", "Feeds"),
            new NamedPipeline("Assets"),
        ]));
        Assert.Equal("Pipeline dependency cycle: Feeds → Posts → Tags → Feeds.", error.Message);
    }

    [Fact]
    public void A_pipeline_that_depends_on_itself_is_a_cycle()
    {
        var error = Assert.Throws<PipelineGraphException>(() => PipelineGraph.Order([new NamedPipeline("Loop", "Loop")]));
        Assert.Equal("Pipeline dependency cycle: Loop → Loop.", error.Message);
    }

    [Fact]
    public void An_unknown_dependency_is_named()
    {
        var error = Assert.Throws<PipelineGraphException>(() => PipelineGraph.Order([new NamedPipeline("Home", "Psots")]));
        Assert.Contains("Home depends on Psots, which does not exist", error.Message);
    }

    [Fact]
    public async Task Process_may_read_the_outputs_of_a_declared_dependency()
    {
        var posts = new NamedPipeline("Posts");
        posts.Input.Add(new LambdaModule((_, _) => [Doc("a.md"), Doc("b.md")]));
        var home = new NamedPipeline("Home", "Posts");
        home.Process.Add(new LambdaModule((_, context) => context.OutputsOf("Posts")));

        EngineResult result = await new PipelineEngine([posts, home]).RunAsync(new DiagnosticBag());

        Assert.Equal(["a.md", "b.md"], result.OutputsOf("Home", Phase.Process).Select(d => d.Source));
    }

    [Fact]
    public async Task Process_may_not_read_the_outputs_of_an_undeclared_pipeline()
    {
        // Given: Home reads Posts without declaring it
        var posts = new NamedPipeline("Posts");
        var home = new NamedPipeline("Home");
        home.Process.Add(new LambdaModule((_, context) => context.OutputsOf("Posts")));
        var diagnostics = new DiagnosticBag();

        // When
        await new PipelineEngine([posts, home]).RunAsync(diagnostics);

        // Then
        string error = Assert.Single(diagnostics.Sorted()).Message;
        Assert.Contains("Home cannot read the outputs of Posts in its Process phase", error);
    }

    [Fact]
    public async Task PostProcess_may_read_every_pipeline_at_once()
    {
        var posts = new NamedPipeline("Posts");
        posts.Input.Add(new LambdaModule((_, _) => [Doc("a.md")]));
        var sitemap = new NamedPipeline("Sitemap");
        sitemap.PostProcess.Add(new LambdaModule((_, context) => [.. context.AllProcessOutputs().SelectMany(p => p.Documents)]));

        EngineResult result = await new PipelineEngine([posts, sitemap]).RunAsync(new DiagnosticBag());

        Assert.Equal(["a.md"], result.OutputsOf("Sitemap", Phase.PostProcess).Select(d => d.Source));
    }

    [Fact]
    public async Task PostProcess_may_read_a_pipeline_it_declared_from_PostProcess_on_and_its_own_outputs()
    {
        var episodes = new NamedPipeline("Episodes");
        episodes.Input.Add(new LambdaModule((_, _) => [Doc("podcast.yml")]));
        episodes.PostProcess.Add(new LambdaModule((_, context) => context.OutputsOf("Episodes")));
        var posts = new NamedPipeline("Posts").AfterProcessReads("Episodes");
        posts.PostProcess.Add(new LambdaModule((_, context) => context.OutputsOf("Episodes")));
        var diagnostics = new DiagnosticBag();

        EngineResult result = await new PipelineEngine([episodes, posts]).RunAsync(diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal(["podcast.yml"], result.OutputsOf("Posts", Phase.PostProcess).Select(d => d.Source));
        Assert.Equal(["podcast.yml"], result.OutputsOf("Episodes", Phase.PostProcess).Select(d => d.Source));
    }

    [Fact]
    public async Task PostProcess_may_not_read_one_pipeline_it_did_not_declare()
    {
        var episodes = new NamedPipeline("Episodes");
        var posts = new NamedPipeline("Posts");
        posts.PostProcess.Add(new LambdaModule((_, context) => context.OutputsOf("Episodes")));
        var diagnostics = new DiagnosticBag();

        await new PipelineEngine([episodes, posts]).RunAsync(diagnostics);

        string error = Assert.Single(diagnostics.Sorted()).Message;
        Assert.Contains("Posts cannot read the outputs of Episodes in its PostProcess phase", error);
        Assert.Contains("add DependsOn<Episodes>(Phase.PostProcess)", error);
    }

    [Fact]
    public async Task Process_may_not_read_a_pipeline_declared_only_from_PostProcess_on()
    {
        var episodes = new NamedPipeline("Episodes");
        var posts = new NamedPipeline("Posts").AfterProcessReads("Episodes");
        posts.Process.Add(new LambdaModule((_, context) => context.OutputsOf("Episodes")));
        var diagnostics = new DiagnosticBag();

        await new PipelineEngine([episodes, posts]).RunAsync(diagnostics);

        Assert.Contains("Posts cannot read the outputs of Episodes in its Process phase", Assert.Single(diagnostics.Sorted()).Message);
    }

    [Fact]
    public async Task A_dependency_from_PostProcess_on_leaves_the_two_process_phases_running_at_the_same_time()
    {
        // Given: each Process waits until the other has started; had Posts waited for Episodes, both would time out.
        var (episodes, posts) = (new NamedPipeline("Episodes"), new NamedPipeline("Posts").AfterProcessReads("Episodes"));
        ProcessPhasesWaitingForEachOther(episodes, posts);
        var diagnostics = new DiagnosticBag();

        // When
        await new PipelineEngine([episodes, posts]).RunAsync(diagnostics);

        // Then
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
    }

    [Fact]
    public void An_unknown_dependency_from_PostProcess_on_is_named()
    {
        var error = Assert.Throws<PipelineGraphException>(() => PipelineGraph.Order([new NamedPipeline("Posts").AfterProcessReads("Episdoes")]));
        Assert.Contains("Posts depends on Episdoes, which does not exist", error.Message);
    }

    [Fact]
    public async Task A_failing_module_is_reported_and_its_dependents_are_skipped()
    {
        var posts = new NamedPipeline("Posts");
        posts.Process.Add(new LambdaModule(Boom));
        bool homeRan = false;
        var home = new NamedPipeline("Home", "Posts");
        home.Process.Add(new LambdaModule((docs, _) => { homeRan = true; return docs; }));
        var diagnostics = new DiagnosticBag();

        await new PipelineEngine([posts, home]).RunAsync(diagnostics);

        Assert.Contains("pipeline Posts failed in its Process phase in module LambdaModule: boom", Assert.Single(diagnostics.Sorted()).Message);
        Assert.False(homeRan);
    }
}
