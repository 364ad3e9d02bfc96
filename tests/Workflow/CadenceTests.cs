using Sitecast.Cli;
using Sitecast.Model;
using Sitecast.Schedule;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>The 14-day rhythm: slot arithmetic, `new post`, `schedule` and `new episode`.</summary>
public sealed class CadenceTests
{
    private static readonly CadencePlan Thursdays = new(14, DayOfWeek.Thursday, new TimeOnly(6, 0));

    private static CalendarEntry Post(string date) => new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "x", $"input/posts/{date}-x.md");

    [Theory]
    // Month end: 28 January + 14 days.
    [InlineData("2027-01-28", "2027-01-20", "2027-02-11")]
    // Year end.
    [InlineData("2026-12-24", "2026-12-20", "2027-01-07")]
    // Leap day inside the interval.
    [InlineData("2028-02-24", "2028-02-20", "2028-03-09")]
    // Over the spring change to summer time (28 March 2027) and the autumn change back (31 October 2027).
    [InlineData("2027-03-18", "2027-03-10", "2027-04-01")]
    [InlineData("2027-10-21", "2027-10-10", "2027-11-04")]
    // A post on a Wednesday: the next slot is the Thursday after 14 days.
    [InlineData("2026-12-02", "2026-11-28", "2026-12-17")]
    // The rhythm lapsed: the next Thursday from today.
    [InlineData("2026-06-04", "2026-11-28", "2026-12-03")]
    // Today is the publishing day and the rhythm lapsed: today.
    [InlineData("2026-06-04", "2026-12-03", "2026-12-03")]
    public void The_next_free_slot_follows_the_last_post(string last, string today, string expected)
    {
        DateOnly slot = Thursdays.NextFreeSlot([Post("2026-01-01"), Post(last)], DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, slot.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DayOfWeek.Thursday, slot.DayOfWeek);
    }

    [Fact]
    public void Without_posts_the_first_slot_is_the_next_publishing_weekday()
    {
        Assert.Equal(new DateOnly(2026, 12, 3), Thursdays.NextFreeSlot([], new DateOnly(2026, 11, 28)));
    }

    [Fact]
    public void The_weekday_defaults_to_the_latest_posts_then_thursday()
    {
        Assert.Equal(DayOfWeek.Tuesday, CadencePlan.From(new Cadence(), [Post("2026-11-03"), Post("2026-11-17")]).Weekday);
        Assert.Equal(DayOfWeek.Thursday, CadencePlan.From(new Cadence(), []).Weekday);
        Assert.Equal(DayOfWeek.Monday, CadencePlan.From(new Cadence { Weekday = "Monday", Days = 7 }, [Post("2026-11-17")]).Weekday);
    }

    [Fact]
    public void New_post_is_dated_at_the_next_slot_in_summer_time_with_a_german_slug()
    {
        using var site = new TestSite("""
            -- input/posts/2027-03-18-vorher.md --
            ---
            title: Vorher
            ---
            Text.
            """);

        int code = AuthoringCommands.NewPost(site.Root, "Grüße aus Köln: Straßen & Plätze", At("2027-03-20T09:00"), TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, code);
        string path = Path.Combine(site.Root, "input/posts/2027-04-01-gruesse-aus-koeln-strassen-plaetze.md");
        Assert.True(File.Exists(path), string.Join(", ", Directory.GetFiles(Path.Combine(site.Root, "input/posts"))));
        string text = File.ReadAllText(path);
        Assert.Contains("title: \"Grüße aus Köln: Straßen & Plätze\"\n", text);
        Assert.Contains("date: 2027-04-01T06:00\n", text);
        Assert.Contains("tags: []\n", text);
        Assert.Contains("author: anna\n", text);
        Assert.Contains("description: \"\"", text);

        // The new post builds, and is dated 06:00 Berlin summer time (+02:00, after the change on 28 March).
        site.BuildOk(now: "2027-04-01T06:00");
        string page = site.Read("blog/gruesse-aus-koeln-strassen-plaetze/index.html");
        Assert.Matches(@"datetime=""2027-04-01T06:00:00\+02:00""", page);
        Assert.Contains("Grüße aus Köln: Straßen &amp; Plätze", page);
    }

    [Fact]
    public void New_post_follows_site_yml_and_refuses_to_overwrite()
    {
        using var site = new TestSite($$"""
            -- site.yml --
            {{TestSite.DefaultSiteYml}}
            cadence: { days: 7, weekday: monday }
            -- input/posts/2026-12-28-jahresende.md --
            ---
            title: Jahresende
            ---
            Text.
            """);
        var errors = new StringWriter();

        Assert.Equal(0, AuthoringCommands.NewPost(site.Root, "Neues Jahr", At("2026-12-29T10:00"), TextWriter.Null, errors));
        Assert.True(File.Exists(Path.Combine(site.Root, "input/posts/2027-01-04-neues-jahr.md")));
        File.Delete(Path.Combine(site.Root, "input/posts/2027-01-04-neues-jahr.md"));
        // A file the calendar cannot read (broken front matter) does not take a slot, but is never overwritten.
        const string mine = "---\ntitle: [halb\n---\nMeins.\n";
        site.Write("input/posts/2027-01-04-neues-jahr.md", mine);
        site.Write("input/posts/2026-12-28-jahresende.md", "---\ntitle: Jahresende\ndraft: true\n---\n");

        // The draft on 28 December still holds its slot; the file at the next slot is the author's and stays.
        Assert.Equal(1, AuthoringCommands.NewPost(site.Root, "Neues Jahr", At("2026-12-29T10:00"), TextWriter.Null, errors));
        Assert.Equal(mine, File.ReadAllText(Path.Combine(site.Root, "input/posts/2027-01-04-neues-jahr.md")));
        Assert.Contains("input/posts/2027-01-04-neues-jahr.md already has the slug 'neues-jahr'", errors.ToString());

        // Another post with the same slug would claim the same URL.
        Assert.Equal(1, AuthoringCommands.NewPost(site.Root, "Jahresende", At("2026-12-29T10:00"), TextWriter.Null, errors));
        Assert.Contains("input/posts/2026-12-28-jahresende.md already has the slug 'jahresende'", errors.ToString());
    }

    [Fact]
    public void A_post_the_calendar_cannot_read_is_named_with_its_line_by_schedule_and_new_post()
    {
        using var site = new TestSite("""
            -- input/posts/2026-11-19-gut.md --
            ---
            title: Gut
            ---
            Text.
            -- input/posts/2026-12-03-kaputt.md --
            ---
            title: Kaputt
            tags: [offen
            ---
            Text.
            """);

        var errors = new StringWriter();
        Assert.Equal(0, AuthoringCommands.Schedule(site.Root, At("2026-12-05T10:00"), TextWriter.Null, errors));
        Assert.Matches(@"input/posts/2026-12-03-kaputt\.md:\d+(:\d+)?: warning: left out of the calendar: ", errors.ToString());
        Assert.DoesNotContain("gut.md", errors.ToString());

        // The broken post holds no slot, so the new one is dated into its place; the author is told why.
        errors = new StringWriter();
        Assert.Equal(0, AuthoringCommands.NewPost(site.Root, "Neu", At("2026-12-01T10:00"), TextWriter.Null, errors));
        Assert.True(File.Exists(Path.Combine(site.Root, "input/posts/2026-12-03-neu.md")));
        Assert.Contains("2026-12-03-kaputt.md", errors.ToString());
    }

    [Fact]
    public void Schedule_prints_published_scheduled_gaps_the_next_slot_and_upcoming_episodes()
    {
        using var site = new TestSite("""
            -- input/posts/2026-10-08-eins.md --
            ---
            title: Eins
            ---
            -- input/posts/2026-11-05-zwei.md --
            ---
            title: Zwei
            ---
            -- input/posts/2026-12-03-drei.md --
            ---
            title: Drei
            ---
            -- input/posts/2026-12-10-idee.md --
            ---
            title: Idee
            draft: true
            ---
            -- podcast/folge-1.md --
            ---
            title: Folge 1
            date: 2026-11-20
            ---
            -- podcast/folge-2.md --
            ---
            title: Folge 2
            date: 2026-12-10
            ---
            """);
        var output = new StringWriter();

        Assert.Equal(0, AuthoringCommands.Schedule(site.Root, At("2026-11-28T10:00"), output, TextWriter.Null));

        Assert.Equal("""
            cadence: every 14 days on thursday, 06:00 Europe/Berlin; today is 2026-11-28 Sat

            published (2):
              2026-10-08 Thu  Eins  (input/posts/2026-10-08-eins.md)
              2026-11-05 Thu  Zwei  (input/posts/2026-11-05-zwei.md)

            scheduled (1):
              2026-12-03 Thu  Drei  (input/posts/2026-12-03-drei.md)

            drafts (1):
              2026-12-10 Thu  Idee  (input/posts/2026-12-10-idee.md)

            gaps longer than 14 days (2):
              2026-10-08 Thu → 2026-11-05 Thu  28 days
              2026-11-05 Thu → 2026-12-03 Thu  28 days

            next free slot: 2026-12-24 Thu

            upcoming episodes (1):
              2026-12-10 Thu  Folge 2  (podcast/folge-2.md)

            """.Replace("\r\n", "\n"), output.ToString());
    }

    [Fact]
    public void New_episode_writes_the_sidecar_from_the_audio_tags_once()
    {
        using var site = new TestSite("");
        string audio = Path.Combine(site.Root, "podcast", "folge-3.mp3");
        TestAudio.WriteMp3(audio, title: "Wärme: Netze der Zukunft", comment: "Wie Städte heizen.", track: 3, disc: 1);
        var output = new StringWriter();
        var errors = new StringWriter();

        Assert.Equal(0, AuthoringCommands.NewEpisode(site.Root, audio, At("2026-11-28T10:00"), output, errors));
        string sidecar = File.ReadAllText(Path.Combine(site.Root, "podcast", "folge-3.md"));
        Assert.Contains("title: \"Wärme: Netze der Zukunft\"\n", sidecar);
        Assert.Contains("description: \"Wie Städte heizen.\"\n", sidecar);
        Assert.Contains("episode: 3\n", sidecar);
        Assert.Contains("season: 1\n", sidecar);
        Assert.Contains("date: 2026-11-28\n", sidecar);
        Assert.Matches(@"guid: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n", sidecar);

        Assert.Equal(1, AuthoringCommands.NewEpisode(site.Root, audio, At("2026-11-28T10:00"), output, errors));
        Assert.Equal(sidecar, File.ReadAllText(Path.Combine(site.Root, "podcast", "folge-3.md")));
        Assert.Contains("podcast/folge-3.md already exists", errors.ToString());
    }

    [Fact]
    public void New_episode_names_a_file_that_is_not_audio()
    {
        using var site = new TestSite("");
        site.Write("podcast/kaputt.mp3", "this is text, not audio\n");
        var errors = new StringWriter();

        int code = AuthoringCommands.NewEpisode(site.Root, Path.Combine(site.Root, "podcast/kaputt.mp3"), At("2026-11-28T10:00"), TextWriter.Null, errors);

        Assert.Equal(1, code);
        Assert.Contains("kaputt.mp3", errors.ToString());
        Assert.False(File.Exists(Path.Combine(site.Root, "podcast/kaputt.md")));
    }

    private static DateTime At(string text) => DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
