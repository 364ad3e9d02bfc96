using Sitecast.Progress;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>Progress as plain lines, as CI logs and redirected output get it.</summary>
public sealed class ProgressTests
{
    [Fact]
    public void Plain_progress_writes_a_line_when_a_step_starts_and_when_it_ends()
    {
        var output = new StringWriter();
        var reporter = new PlainProgressReporter(output);

        using (IProgressStep step = reporter.Begin("Reading audio", 3))
        {
            Parallel.For(0, 3, _ => step.Advance());
        }

        reporter.Message("built site in 1.00 s");
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("Reading audio (3) …", lines[0]);
        Assert.StartsWith("Reading audio: done 3/3 in ", lines[1]);
        Assert.Equal("built site in 1.00 s", lines[2]);
    }

    [Fact]
    public void Output_that_is_redirected_gets_plain_lines()
    {
        // The test runner redirects the console, as CI does.
        Assert.False(ProgressDisplay.IsInteractive);
    }
}
