using Sitecast.Build;
using Sitecast.Cli;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>`check`: exit codes for CI, and site/ left alone.</summary>
public sealed class CheckCommandTests
{
    private const string Regular = """
        -- input/posts/2026-11-05-eins.md --
        ---
        title: Eins
        ---
        Text.
        -- input/posts/2026-11-19-zwei.md --
        ---
        title: Zwei
        ---
        Text.
        """;

    /// <summary>The regular posts and one 42 days after the last: longer than the cadence.</summary>
    private static readonly string AfterAGap = Regular + "\n" + InlineSite.Post("2026-12-31-spaet", "Spät", "Text.");

    [Fact]
    public async Task A_clean_site_passes_and_site_folder_is_not_touched()
    {
        using var site = new TestSite(Regular);
        var output = new StringWriter();

        int code = await CheckRunner.RunAsync(site.Options(), strict: true, output, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Contains("check passed", output.ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task An_error_in_a_scheduled_post_fails_with_exit_code_1_and_names_the_line()
    {
        using var site = new TestSite(Regular + "\n" + """
            -- input/posts/2026-12-03-spaeter.md --
            ---
            title: Später
            author: niemand
            date: irgendwann
            ---
            Text.
            """);
        var errors = new StringWriter();

        int code = await CheckRunner.RunAsync(site.Options(now: "2026-11-28T10:00"), strict: false, TextWriter.Null, errors);

        Assert.True(code == BuildReport.ContentErrors, errors.ToString());
        Assert.Contains("input/posts/2026-12-03-spaeter.md:4:7: error: 'irgendwann' is not a date", errors.ToString());
    }

    [Fact]
    public async Task A_cadence_gap_is_a_warning_that_fails_only_with_strict()
    {
        using var site = new TestSite(AfterAGap);
        var errors = new StringWriter();

        int relaxed = await CheckRunner.RunAsync(site.Options(), strict: false, TextWriter.Null, errors);
        int strict = await CheckRunner.RunAsync(site.Options(), strict: true, TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, relaxed);
        Assert.Equal(1, strict);
        Assert.Contains("input/posts/2026-12-31-spaet.md: warning: 42 days after the previous post (input/posts/2026-11-19-zwei.md), longer than the 14-day cadence",
            errors.ToString());
    }

    [Fact]
    public async Task A_warning_from_the_build_fails_with_strict()
    {
        using var site = new TestSite(Regular + "\n" + """
            -- input/pages/info.md --
            ---
            title: Info
            titel: Tippfehler
            ---
            Text.
            """);
        var errors = new StringWriter();

        Assert.Equal(0, await CheckRunner.RunAsync(site.Options(), strict: false, TextWriter.Null, errors));
        Assert.Equal(1, await CheckRunner.RunAsync(site.Options(), strict: true, TextWriter.Null, TextWriter.Null));
        Assert.Contains("input/pages/info.md:3:1: warning: unknown key 'titel'", errors.ToString());
    }

    [Fact]
    public async Task A_folder_without_site_yml_is_a_usage_error()
    {
        using var site = new TestSite("");
        File.Delete(Path.Combine(site.Root, "site.yml"));
        var errors = new StringWriter();

        Assert.Equal(BuildReport.UsageError, await CheckRunner.RunAsync(site.Options(), strict: false, TextWriter.Null, errors));
        Assert.Contains("is not a site folder: it has no site.yml", errors.ToString());
    }

    [Fact]
    public void The_command_line_runs_check_and_returns_its_exit_code()
    {
        using var site = new TestSite(AfterAGap);

        Assert.Equal(0, Program.Main(["check", "--source", site.Root, "--now", "2026-11-28T10:00"]));
        Assert.Equal(1, Program.Main(["check", "--source", site.Root, "--now", "2026-11-28T10:00", "--strict"]));
    }
}
