using Sitecast.Build;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Site;

public sealed class ErrorTests
{
    private static string Errors(BuildReport report) => string.Join("\n", report.Diagnostics.Select(d => d.ToString()));

    [Fact]
    public void A_yaml_error_points_at_the_line_and_column_in_the_markdown_file()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-kaputt.md --
            ---
            title: Gut
            description: "nicht geschlossen
            tags: [a]
            ---
            Text.
            """);
        BuildReport report = site.Build();

        Assert.Equal(BuildReport.ContentErrors, report.ExitCode);
        Assert.StartsWith("input/posts/2026-01-05-kaputt.md:3:14: error: invalid YAML", Errors(report));
    }

    [Fact]
    public void A_tab_in_front_matter_gets_a_hint()
    {
        using var site = new TestSite("-- input/pages/tab.md --\n---\ntitle: Tab\ntags:\n\t- a\n---\nText.\n");
        BuildReport report = site.Build();

        Assert.StartsWith("input/pages/tab.md:4:1: error: invalid YAML: a tab is used for indentation", Errors(report));
        Assert.Contains("hint: YAML does not allow tabs for indentation: use spaces", Errors(report));
    }

    [Fact]
    public void A_bad_date_points_at_the_value()
    {
        using var site = new TestSite("""
            -- input/posts/mai.md --
            ---
            title: Mai
            date: 1. Mai
            ---
            Text.
            """);
        BuildReport report = site.Build();

        Assert.Equal(BuildReport.ContentErrors, report.ExitCode);
        Assert.StartsWith("input/posts/mai.md:3:7: error: '1. Mai' is not a date", Errors(report));
        Assert.Contains("hint: write a date like 2026-01-05", Errors(report));
    }

    [Fact]
    public void Two_posts_with_one_slug_are_an_error_naming_both()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-eins.md --
            ---
            title: Eins
            slug: gleich
            ---
            Text.
            -- input/posts/2026-01-19-zwei.md --
            ---
            title: Zwei
            slug: gleich
            ---
            Text.
            """);
        BuildReport report = site.Build();

        Assert.Equal(BuildReport.ContentErrors, report.ExitCode);
        Assert.Equal(
            "input/posts/2026-01-19-zwei.md:3:7: error: 'blog/gleich/index.html' would be written twice: " +
            "by input/posts/2026-01-05-eins.md and by input/posts/2026-01-19-zwei.md",
            Errors(report).Split('\n')[0]);
    }

    [Fact]
    public void A_missing_title_and_an_unsafe_slug_are_errors_and_all_errors_are_reported()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-ohne.md --
            ---
            tags: [a]
            ---
            Text.
            -- input/pages/boese.md --
            ---
            title: Böse
            slug: ../../etc
            ---
            Text.
            """);
        BuildReport report = site.Build();

        string errors = Errors(report);
        Assert.Contains("input/pages/boese.md:3:7: error: '../../etc' is not a valid slug", errors);
        Assert.Contains("input/posts/2026-01-05-ohne.md:1:1: error: the title is missing", errors);
        Assert.True(errors.IndexOf("boese.md", StringComparison.Ordinal) < errors.IndexOf("ohne.md", StringComparison.Ordinal), "sorted by path");
    }

    [Fact]
    public void An_unknown_key_is_a_warning_with_the_nearest_known_key()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-tippfehler.md --
            ---
            title: Tippfehler
            tilte: doppelt
            ---
            Text.
            """);
        BuildReport report = site.Build();

        Assert.True(report.Succeeded);
        Assert.Contains("input/posts/2026-01-05-tippfehler.md:3:1: warning: unknown key 'tilte' is ignored\n  hint: did you mean 'title'?", Errors(report));
    }

    [Fact]
    public void A_file_that_is_not_utf8_names_its_line()
    {
        using var site = new TestSite("-- input/posts/2026-01-05-latin.md --\n");
        site.WriteBytes("input/posts/2026-01-05-latin.md", [.. "---\ntitle: x\n---\nGr"u8, 0xFC, .. "n\n"u8]);
        BuildReport report = site.Build();

        Assert.StartsWith("input/posts/2026-01-05-latin.md:4: error: the file is not valid UTF-8 text", Errors(report));
    }

    [Fact]
    public void A_broken_site_yml_is_reported_with_its_line()
    {
        using var site = new TestSite("""
            -- site.yml --
            title: Test
            baseUrl: example.org
            """);
        BuildReport report = site.Build();

        Assert.Equal(BuildReport.ContentErrors, report.ExitCode);
        Assert.StartsWith("site.yml:2:10: error: baseUrl 'example.org' is not an absolute http(s) URL", Errors(report));
    }

    [Fact]
    public void A_template_error_names_the_template()
    {
        using var site = new TestSite("""
            -- theme/layouts/base.liquid --
            {% if x %}unclosed
            -- theme/layouts/post.liquid --
            x
            """);
        BuildReport report = site.Build();

        Assert.Equal(BuildReport.ContentErrors, report.ExitCode);
        var error = Assert.Single(report.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.StartsWith("theme/layouts/base.liquid:1:", error.ToString());
    }

    [Fact]
    public void A_template_that_fails_while_a_page_is_written_is_an_error_naming_the_page_and_nothing_is_published()
    {
        using var site = new TestSite("""
            -- input/posts/2026-10-08-eins.md --
            ---
            title: Eins
            ---
            Text.
            """);
        site.BuildOk();
        string before = site.Read("blog/eins/index.html");
        // Parses, but the partial is looked up only when a post is rendered, as it is written.
        site.Write("theme/layouts/post.liquid",
            File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "post.liquid")) + "{% include 'gibt-es-nicht' %}");

        BuildReport report = site.Build();

        Assert.Equal(BuildReport.ContentErrors, report.ExitCode);
        var error = Assert.Single(report.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Contains("could not render 'blog/eins/index.html'", error.ToString());
        Assert.Equal(before, site.Read("blog/eins/index.html"));
    }
}
