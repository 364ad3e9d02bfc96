using Sitecast.Build;
using Sitecast.Cli;
using Sitecast.Diagnostics;
using Sitecast.Podcast;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

/// <summary>podcast/published.yml: the committed memory of what was published, for builds on a fresh CI runner.</summary>
public sealed class PublishedRecordTests
{
    private const string Sidecars = """
        -- podcast/plain.md --
        ---
        date: 2026-11-10
        ---
        Shownotes.
        -- podcast/tagged.md --
        ---
        date: 2026-11-01
        ---
        """;

    [Fact]
    public void A_second_build_on_a_fresh_runner_with_the_record_committed_fails_naming_the_removed_episode()
    {
        // Given: a site published once from an empty folder, its record written beside the episodes
        using TestSite site = PodcastFixtures.Site(Sidecars, 1400, "plain.mp3", "tagged.mp3");
        string first = FreshRunner.EmptyFolder(site);
        BuildReport published = FreshRunner.Build(site, first);
        Assert.True(published.Succeeded, string.Join("\n", published.Diagnostics));
        Assert.True(File.Exists(FreshRunner.RecordPath(site)), "the build must write podcast/published.yml");
        string guid = FreshRunner.GuidsByTitle(first)["Schlichte Folge"];

        // When: one episode is removed and the site is built on another runner, whose output folder is empty
        File.Delete(Path.Combine(site.Root, "podcast/plain.mp3"));
        File.Delete(Path.Combine(site.Root, "podcast/plain.md"));
        string second = FreshRunner.EmptyFolder(site);
        BuildReport report = FreshRunner.Build(site, second);

        // Then: the build fails, naming the episode, its GUID and what to do, and publishes nothing
        Assert.False(report.Succeeded);
        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("\"Schlichte Folge\"", error.Message);
        Assert.Contains($"GUID {guid}", error.Message);
        Assert.Contains("podcast/published.yml", error.Message);
        Assert.Contains("retired:", error.Hint);
        Assert.Contains("--allow-removed-episodes", error.Hint);
        Assert.False(File.Exists(Path.Combine(second, "podcast", "feed.xml")));
    }

    [Fact]
    public void A_renamed_and_re_tagged_episode_keeps_its_guid_on_a_fresh_runner()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 1400, "plain.mp3", "tagged.mp3");
        string first = FreshRunner.EmptyFolder(site);
        Assert.True(FreshRunner.Build(site, first).Succeeded);
        Dictionary<string, string> before = FreshRunner.GuidsByTitle(first);

        // A new file name (new slug, new page) and a new title: only the audio's hash recognises it.
        File.Move(Path.Combine(site.Root, "podcast/plain.mp3"), Path.Combine(site.Root, "podcast/2026-11-10-neu.mp3"));
        File.Delete(Path.Combine(site.Root, "podcast/plain.md"));
        site.Write("podcast/2026-11-10-neu.md", "---\ntitle: Neuer Titel\ndate: 2026-11-10\n---\n");
        string second = FreshRunner.EmptyFolder(site);
        BuildReport report = FreshRunner.Build(site, second);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(before["Schlichte Folge"], FreshRunner.GuidsByTitle(second)["Neuer Titel"]);
    }

    [Fact]
    public void The_record_is_deterministic_sorted_commented_and_untouched_by_a_build_without_a_new_episode()
    {
        // Two sites with the same content, built apart: the same bytes.
        using TestSite one = PodcastFixtures.Site(Sidecars, 1400, "plain.mp3", "tagged.mp3");
        using TestSite other = PodcastFixtures.Site(Sidecars, 1400, "tagged.mp3", "plain.mp3");
        Assert.True(FreshRunner.Build(one, FreshRunner.EmptyFolder(one)).Succeeded);
        Assert.True(FreshRunner.Build(other, FreshRunner.EmptyFolder(other)).Succeeded);
        byte[] record = File.ReadAllBytes(FreshRunner.RecordPath(one));
        Assert.Equal(record, File.ReadAllBytes(FreshRunner.RecordPath(other)));

        string text = File.ReadAllText(FreshRunner.RecordPath(one));
        Assert.StartsWith("# Every episode this podcast has published", text);
        Assert.Contains("COMMIT THIS FILE", text);
        // Oldest first: tagged (1 November) before plain (10 November).
        Assert.True(text.IndexOf("published: 2026-11-01T00:00:00+01:00", StringComparison.Ordinal)
                    < text.IndexOf("published: 2026-11-10T00:00:00+01:00", StringComparison.Ordinal), text);

        // A build with no new episode, into the old output and into an empty one, leaves the file as it was.
        DateTime written = File.GetLastWriteTimeUtc(FreshRunner.RecordPath(one));
        one.BuildOk();
        Assert.True(FreshRunner.Build(one, FreshRunner.EmptyFolder(one)).Succeeded);
        Assert.Equal(record, File.ReadAllBytes(FreshRunner.RecordPath(one)));
        Assert.Equal(written, File.GetLastWriteTimeUtc(FreshRunner.RecordPath(one)));
    }

    [Fact]
    public void A_new_episode_is_added_at_the_end_and_its_guid_is_kept_from_then_on()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 1400, "plain.mp3", "tagged.mp3");
        site.BuildOk();
        string before = File.ReadAllText(FreshRunner.RecordPath(site));

        site.WriteBytes("podcast/spaeter.mp3", PodcastFixtures.Audio("plain.mp3")[..^1]);
        site.Write("podcast/spaeter.md", "---\ntitle: Später\ndate: 2026-11-20\n---\n");
        site.BuildOk();
        string after = File.ReadAllText(FreshRunner.RecordPath(site));

        // Diff-friendly: the old lines stay as they were, the new entry follows them.
        Assert.StartsWith(before, after);
        Assert.Contains("title: \"Später\"", after[before.Length..]);
        string guid = FreshRunner.GuidsByTitle(site.Output)["Später"];
        Assert.Contains($"guid: \"{guid}\"", after[before.Length..]);
    }

    [Fact]
    public async Task Check_fails_while_the_record_is_missing_or_out_of_date_and_does_not_write_it()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 1400, "plain.mp3");
        var errors = new StringWriter();
        Assert.Equal(BuildReport.ContentErrors, await CheckRunner.RunAsync(site.Options(), strict: false, TextWriter.Null, errors));
        Assert.Contains("podcast/published.yml: error: the record of published episodes is missing", errors.ToString());
        Assert.False(File.Exists(FreshRunner.RecordPath(site)));

        site.BuildOk();
        Assert.Equal(BuildReport.Success, await CheckRunner.RunAsync(site.Options(), strict: false, TextWriter.Null, TextWriter.Null));

        // A new episode, built nowhere yet: the record lacks it, and check says which one and what to do.
        site.WriteBytes("podcast/tagged.mp3", PodcastFixtures.Audio("tagged.mp3"));
        site.Write("podcast/tagged.md", "---\ndate: 2026-11-01\n---\n");
        byte[] record = File.ReadAllBytes(FreshRunner.RecordPath(site));
        errors = new StringWriter();
        Assert.Equal(BuildReport.ContentErrors, await CheckRunner.RunAsync(site.Options(), strict: false, TextWriter.Null, errors));
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(errors.ToString(),
            "podcast/published.yml: error: the record of published episodes is out of date: it lacks \".+\" \\(GUID [0-9a-f-]{36}\\)"), errors.ToString());
        Assert.Contains("commit podcast/published.yml", errors.ToString());
        Assert.Equal(record, File.ReadAllBytes(FreshRunner.RecordPath(site)));

        site.BuildOk();
        Assert.Equal(BuildReport.Success, await CheckRunner.RunAsync(site.Options(), strict: false, TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public void A_removal_allowed_by_retired_or_by_the_flag_leaves_the_record_and_later_fresh_builds_pass()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 1400, "plain.mp3", "tagged.mp3");
        string first = FreshRunner.EmptyFolder(site);
        Assert.True(FreshRunner.Build(site, first).Succeeded);
        string guid = FreshRunner.GuidsByTitle(first)["Schlichte Folge"];
        File.Delete(Path.Combine(site.Root, "podcast/plain.mp3"));

        // Retired in podcast.yml: a fresh build passes, and the record forgets the episode.
        site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml + $"\nretired:\n  - {guid}\n");
        BuildReport retired = FreshRunner.Build(site, FreshRunner.EmptyFolder(site));
        Assert.True(retired.Succeeded, string.Join("\n", retired.Diagnostics));
        Assert.DoesNotContain(guid, File.ReadAllText(FreshRunner.RecordPath(site)));

        // Allowed once on the command line: the same, and the next fresh build without the flag passes too.
        site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml);
        site.WriteBytes("podcast/plain.mp3", PodcastFixtures.Audio("plain.mp3"));
        Assert.True(FreshRunner.Build(site, FreshRunner.EmptyFolder(site)).Succeeded);
        File.Delete(Path.Combine(site.Root, "podcast/plain.mp3"));
        Assert.False(FreshRunner.Build(site, FreshRunner.EmptyFolder(site)).Succeeded);
        BuildReport allowed = FreshRunner.Build(site, FreshRunner.EmptyFolder(site), o => o with { AllowRemovedEpisodes = true });
        Assert.True(allowed.Succeeded, string.Join("\n", allowed.Diagnostics));
        Assert.True(FreshRunner.Build(site, FreshRunner.EmptyFolder(site)).Succeeded);
    }

    [Fact]
    public void A_scheduled_episode_is_recorded_ahead_and_may_still_be_withdrawn_before_its_date()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars.Replace("date: 2026-11-10", "date: 2026-12-24"), 1400, "plain.mp3", "tagged.mp3");
        Assert.True(FreshRunner.Build(site, FreshRunner.EmptyFolder(site)).Succeeded);
        Assert.Contains("published: 2026-12-24T00:00:00+01:00", File.ReadAllText(FreshRunner.RecordPath(site)));

        // Never seen by an app: withdrawing it before its day is no error, and the record lets it go.
        File.Delete(Path.Combine(site.Root, "podcast/plain.mp3"));
        BuildReport report = FreshRunner.Build(site, FreshRunner.EmptyFolder(site));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.DoesNotContain("2026-12-24", File.ReadAllText(FreshRunner.RecordPath(site)));
    }

    [Theory]
    [InlineData("https://old.example.com/?p=12&a=b")]
    [InlineData("tag:old.example.com,2024:\"quoted\" \\ back\tslash")]
    [InlineData("# not a comment: [x], {y}, 'z'")]
    [InlineData("zeile\nzwei\u2028\u0085")]
    public void Any_guid_reads_back_from_the_record_byte_for_byte(string guid)
    {
        var record = new PublishedRecord("44d55118-d724-592f-919a-273910534c88",
            [new PublishedRecordEntry(guid, "Titel: \"mit\" Zeichen", new DateTimeOffset(2026, 11, 10, 6, 0, 0, TimeSpan.FromHours(1)), "/podcast/a/", "sha384-x")]);
        string text = PublishedRecordText.Write(record);

        PublishedRecord read = PublishedRecord.Parse(text);

        Assert.Equal(record.PodcastGuid, read.PodcastGuid);
        Assert.Equal(record.Episodes, read.Episodes);
        Assert.Equal(text, PublishedRecordText.Write(read));
    }

    [Fact]
    public void A_broken_record_is_an_error_at_its_line()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 1400, "plain.mp3");
        site.Write("podcast/published.yml", "podcastGuid: \"44d55118-d724-592f-919a-273910534c88\"\nepisodes:\n  - guid: \"a\"\n    published: gestern\n");
        BuildReport report = site.Build();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Location.ToString() == "podcast/published.yml:4:16" && d.Message.Contains("'gestern' is not a date"));
    }
}
