using Sitecast.Tests.Browser;
using Sitecast.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Sitecast.Tests.Workflow;

/// <summary>
/// The sitecast commands of the shipped pipelines (.github/workflows/pages.yml, .gitlab-ci.yml), run as a fresh
/// runner runs them: an empty output folder, no cache, the site's baseUrl served by a local server holding what
/// was published last. They must refuse to publish a feed that drops a published episode.
/// </summary>
public sealed class ShippedPipelineGuidTests
{
    private const string Prefix = "dotnet run -c Release -- ";

    public static TheoryData<string> Pipelines => new() { ".github/workflows/pages.yml", ".gitlab-ci.yml" };

    /// <summary>The pipeline's check and build command lines, in order (GitHub: the steps' run; GitLab: the jobs' script).</summary>
    private static List<string[]> Commands(string pipeline)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, pipeline))));
        var lines = new List<string>();
        void Collect(YamlNode node, string? key)
        {
            switch (node)
            {
                case YamlScalarNode scalar when key is "run" or "script" && scalar.Value is { } text:
                    lines.AddRange(text.Split('\n'));
                    break;
                case YamlSequenceNode list:
                    foreach (YamlNode item in list) Collect(item, key);
                    break;
                case YamlMappingNode map:
                    foreach (var (k, v) in map) Collect(v, ((YamlScalarNode)k).Value);
                    break;
            }
        }

        Collect(yaml.Documents[0].RootNode, null);
        // Only the commands that build: notify, after the deploy, would reach out to a hub.
        return lines.Select(l => l.Trim()).Where(l => l.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(l => l[Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(args => args[0] is "check" or "build").ToList();
    }

    /// <summary>Runs the pipeline's commands in <paramref name="site"/> (as its checkout); the exit codes, in order.</summary>
    private static List<int> Run(string pipeline, TestSite site, string publicFolder) =>
        Commands(pipeline).Select(args => Program.Main(
        [
            .. args.Select(a => a == "public" ? publicFolder : a),
            "--source", site.Root,
        ])).ToList();

    private static TestSite PublishedSite(int port, params string[] audio)
    {
        TestSite site = PodcastFixtures.Site("-- podcast/plain.md --\n---\ndate: 2026-11-10\n---\n-- podcast/tagged.md --\n---\ndate: 2026-11-01\n---\n" +
            "-- site.yml --\n" + TestSite.DefaultSiteYml.Replace("https://example.org/", $"http://127.0.0.1:{port}/"), 1400, audio);
        return site;
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void The_pipeline_runs_check_and_build_with_the_live_feed(string pipeline)
    {
        List<string[]> commands = Commands(pipeline);
        Assert.Equal(["check", "build"], commands.Select(c => c[0]));
        Assert.All(commands, c => Assert.Contains("--previous-feed", c));
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public async Task A_fresh_runner_publishes_an_unchanged_site_and_refuses_one_that_drops_an_episode(string pipeline)
    {
        int port = StaticSiteServer.FreePort();
        using TestSite site = PublishedSite(port, "plain.mp3", "tagged.mp3");
        string live = FreshRunner.EmptyFolder(site);
        Assert.True(FreshRunner.Build(site, live).Succeeded);
        await using StaticSiteServer server = await StaticSiteServer.StartAsync(live, port);

        // Nothing changed: check and build pass, public/ gets the feed.
        string unchanged = FreshRunner.EmptyFolder(site);
        Assert.Equal([0, 0], Run(pipeline, site, unchanged));
        Assert.True(File.Exists(Path.Combine(unchanged, "podcast", "feed.xml")));

        // An episode removed, the record committed: both refuse, nothing is published.
        File.Delete(Path.Combine(site.Root, "podcast/plain.mp3"));
        string dropped = FreshRunner.EmptyFolder(site);
        List<int> codes = Run(pipeline, site, dropped);
        Assert.All(codes, code => Assert.Equal(1, code));
        Assert.False(File.Exists(Path.Combine(dropped, "podcast", "feed.xml")));
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public async Task The_live_feed_catches_an_episode_the_committed_record_does_not_know(string pipeline)
    {
        int port = StaticSiteServer.FreePort();
        using TestSite site = PublishedSite(port, "tagged.mp3");
        Assert.True(FreshRunner.Build(site, FreshRunner.EmptyFolder(site)).Succeeded);
        string committed = File.ReadAllText(FreshRunner.RecordPath(site));

        // plain.mp3 was published, but its record entry was never committed; then the episode was deleted.
        site.WriteBytes("podcast/plain.mp3", PodcastFixtures.Audio("plain.mp3"));
        string live = FreshRunner.EmptyFolder(site);
        Assert.True(FreshRunner.Build(site, live).Succeeded);
        await using StaticSiteServer server = await StaticSiteServer.StartAsync(live, port);
        File.Delete(Path.Combine(site.Root, "podcast/plain.mp3"));
        site.Write("podcast/published.yml", committed);

        // The record alone would let it through; the pipeline's live feed does not.
        Assert.Equal(0, Program.Main(["check", "--source", site.Root]));
        string output = FreshRunner.EmptyFolder(site);
        Assert.All(Run(pipeline, site, output), code => Assert.Equal(1, code));
        Assert.False(File.Exists(Path.Combine(output, "podcast", "feed.xml")));
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void A_site_never_published_goes_on_without_the_live_feed(string pipeline)
    {
        // Nothing listens on the base URL's port.
        using TestSite site = PublishedSite(StaticSiteServer.FreePort(), "plain.mp3", "tagged.mp3");
        site.BuildOk();

        string output = FreshRunner.EmptyFolder(site);
        Assert.Equal([0, 0], Run(pipeline, site, output));
        Assert.True(File.Exists(Path.Combine(output, "podcast", "feed.xml")));
    }
}
