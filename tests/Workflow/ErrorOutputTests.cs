using Sitecast.Cli;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>What the commands print on bad input, read from the program's own standard error.</summary>
public sealed class ErrorOutputTests
{
    [Fact]
    public void New_episode_names_a_broken_audio_file_relative_to_the_site_one_message_a_line()
    {
        using var site = new TestSite("-- podcast/14-text-file.mp3 --\nthis is text, not audio\n");

        var (code, output, errors) = SitecastProcess.Run(site.Root, "new", "episode", "podcast/14-text-file.mp3");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal(
            "podcast/14-text-file.mp3: error: cannot read this audio file: no MPEG audio frames found: the file is not an MP3\n" +
            "  hint: export it again as MP3 or M4A\n", errors);
        Assert.False(File.Exists(Path.Combine(site.Root, "podcast/14-text-file.md")));
    }

    // The second value is a line the command must print: a command that printed nothing would pass the rest.
    [Theory]
    [InlineData("build", "input/posts/2026-01-05-kaputt.md:3:1: error: invalid YAML")]
    [InlineData("check", "input/posts/2026-01-05-kaputt.md:3:1: error: invalid YAML")]
    [InlineData("schedule", "next free slot: ")]
    [InlineData("new post Zweiter", "created input/posts/2026-12-03-zweiter.md")]
    [InlineData("new episode podcast/kaputt.mp3", "podcast/kaputt.mp3: error: cannot read this audio file")]
    [InlineData("new episode podcast/fehlt.mp3", "podcast/fehlt.mp3: error: no such file")]
    public void Every_command_names_files_relative_to_the_site_and_ends_each_message_with_a_line_break(string command, string printed)
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-kaputt.md --
            ---
            title: [kaputt
            ---
            Text.
            -- podcast/kaputt.mp3 --
            this is text, not audio
            """);

        var (_, output, errors) = SitecastProcess.Run(site.Root, [.. command.Split(' '), "--now", "2026-11-28T10:00"]);

        Assert.True((output + errors).Split('\n').Any(line => line.StartsWith(printed, StringComparison.Ordinal)),
            $"'{command}' printed no line starting '{printed}'; output:\n{output}\nerrors:\n{errors}");
        Assert.DoesNotContain(site.Root, output + errors);
        foreach (string line in errors.Split('\n'))
        {
            int messages = line.Split("error: ").Length - 1 + line.Split("warning: ").Length - 1;
            Assert.True(messages <= 1, $"two messages on one line of '{command}': {line}");
        }
    }

    [Fact]
    public void An_episode_without_a_date_is_told_the_command_that_writes_one_and_that_command_fixes_the_build()
    {
        // plain.mp3's tags carry no date (a year alone is no date either).
        using TestSite site = PodcastFixtures.Site("", 1400, "plain.mp3");

        var report = site.Build();

        Sitecast.Diagnostics.Diagnostic missing = Assert.Single(report.Diagnostics, d => d.Message.Contains("no date"));
        Assert.Equal("podcast/plain.mp3", missing.Location.Path);
        Assert.Equal("run 'sitecast new episode podcast/plain.mp3': it writes podcast/plain.md with a date to check", missing.Hint);

        Assert.Equal(0, AuthoringCommands.NewEpisode(site.Root, Path.Combine(site.Root, "podcast/plain.mp3"),
            new DateTime(2026, 11, 28, 10, 0, 0), TextWriter.Null, TextWriter.Null));
        site.BuildOk();
    }
}
