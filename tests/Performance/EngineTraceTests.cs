using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitecast.Diagnostics;
using Sitecast.Engine;
using Sitecast.Tests.Engine;
using Xunit;

namespace Sitecast.Tests.Performance;

/// <summary>The per-module timings behind SITECAST_TRACE=1, and letting go of written documents.</summary>
public sealed class EngineTraceTests
{
    [Fact]
    public async Task Every_module_of_every_phase_is_timed_once()
    {
        // Given two pipelines with modules in several phases
        var posts = new NamedPipeline("Posts");
        posts.Input.Add(new LambdaModule((_, _) => [new Document { Source = "a.md" }, new Document { Source = "b.md" }]));
        posts.Process.Add(new LambdaModule((docs, _) => docs));
        var feed = new NamedPipeline("Feed", "Posts");
        feed.Process.Add(new LambdaModule((_, context) => context.OutputsOf("Posts")));
        feed.PostProcess.Add(new LambdaModule((docs, _) => docs.Take(1).ToImmutableArray()));
        var trace = new EngineTrace();

        // When they run with a trace
        await new PipelineEngine([posts, feed], trace).RunAsync(new DiagnosticBag());
        var report = new StringWriter();
        trace.WriteTo(report);

        // Then each module appears once, with the number of documents it returned
        string[] lines = report.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^trace: \d+ ms since the process started$", lines[0]);
        Assert.Matches(@"^trace: \d+ MB allocated; collections gen0 \d+, gen1 \d+, gen2 \d+; \d+ ms paused; \d+ methods JIT-compiled in \d+ ms$", lines[1]);
        Assert.Matches(@"^trace: peak resident memory \d+ MB$", lines[2]);
        // Each step: milliseconds, when it ended (ms since the process started), documents, managed heap and
        // resident memory (MB) when it ended, name.
        const string Columns = @"^trace: +\d+\.\d +\d+ +";
        Assert.Single(lines, l => Regex.IsMatch(l, Columns + @"2 +\d+ +\d+  Posts\.Input: LambdaModule$"));
        Assert.Single(lines, l => Regex.IsMatch(l, Columns + @"2 +\d+ +\d+  Posts\.Process: LambdaModule$"));
        Assert.Single(lines, l => Regex.IsMatch(l, Columns + @"2 +\d+ +\d+  Feed\.Process: LambdaModule$"));
        Assert.Single(lines, l => Regex.IsMatch(l, Columns + @"1 +\d+ +\d+  Feed\.PostProcess: LambdaModule$"));
        Assert.Equal(4 + 4, lines.Length);
    }

    [Fact]
    public async Task After_the_Output_phase_the_written_documents_no_longer_hold_their_content()
    {
        // Given a pipeline whose PostProcess produces a page and whose Output phase writes it (content dropped)
        var pages = new NamedPipeline("Pages");
        pages.PostProcess.Add(new LambdaModule((_, _) => [new Document { Destination = "a.html" }.WithText("<p>Seite</p>")]));
        pages.Output.Add(new LambdaModule((docs, _) => docs.Select(d => d with { Content = DocumentContent.Empty }).ToImmutableArray()));

        // When it runs
        EngineResult result = await new PipelineEngine([pages]).RunAsync(new DiagnosticBag());

        // Then the documents are still there, by destination, but the page text is not kept
        Document page = Assert.Single(result.OutputsOf("Pages", Phase.PostProcess));
        Assert.Equal("a.html", page.Destination);
        Assert.Same(DocumentContent.Empty, page.Content);
        Assert.Same(DocumentContent.Empty, Assert.Single(result.OutputsOf("Pages", Phase.Output)).Content);
    }
}
