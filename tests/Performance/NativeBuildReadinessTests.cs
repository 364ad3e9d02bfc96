using System.Diagnostics;
using System.Text.Json.Nodes;
using Sitecast.Build;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Performance;

/// <summary>
/// The native build (PublishAot) has no reflection-based JSON, so the cache must store every value through the
/// serialisation code generated for it (CacheJsonContext). These builds run the generator in a process of its own
/// with reflection-based JSON switched off, as the native build has it: a value the cache cannot store that way
/// fails the build.
/// </summary>
public sealed class NativeBuildReadinessTests
{
    [Fact]
    public void A_site_with_an_episode_builds_and_rebuilds_from_its_cache_without_reflection_based_json()
    {
        using TestSite site = PodcastFixtures.Site("-- podcast/tagged.md --\n---\ndate: 2026-11-20T18:30\n---\nShownotes.\n", audio: "tagged.mp3");
        site.Write("input/posts/2026-01-05-eins.md", "---\ntitle: Eins\ndate: 2026-01-05\n---\nDer erste Beitrag.\n");

        (int exit, string output) = BuildWithoutReflectionJson(site.Root);
        Assert.True(exit == 0, output);
        string feed = File.ReadAllText(Path.Combine(site.Output, "podcast", "feed.xml"));
        Assert.Contains("<itunes:duration>", feed);
        // Audio facts, the audio's hash and the cover's size were kept (as JSON values in their stores' files).
        foreach (string store in new[] { "audio-facts", "audio-integrity", "cover-sizes" })
            Assert.True(new FileInfo(Path.Combine(site.Root, ".sitecast-cache", store + ".bin")).Length > 100, store);

        // A changed post makes the next build run (not stop at the up-to-date check) and read those entries back.
        site.Write("input/posts/2026-01-05-eins.md", "---\ntitle: Eins\ndate: 2026-01-05\n---\nDer erste Beitrag, ergänzt.\n");
        (exit, output) = BuildWithoutReflectionJson(site.Root);
        Assert.True(exit == 0, output);
        Assert.Equal(feed, File.ReadAllText(Path.Combine(site.Output, "podcast", "feed.xml")));
    }

    private static (int Exit, string Output) BuildWithoutReflectionJson(string siteRoot)
    {
        string program = typeof(SiteBuilder).Assembly.Location;
        string runtimeConfig = Path.Combine(siteRoot, "no-reflection-json.runtimeconfig.json");
        string version = $"{Environment.Version.Major}.{Environment.Version.Minor}.0";
        var config = new JsonObject
        {
            ["runtimeOptions"] = new JsonObject
            {
                ["tfm"] = $"net{Environment.Version.Major}.{Environment.Version.Minor}",
                ["frameworks"] = new JsonArray(
                    new JsonObject { ["name"] = "Microsoft.NETCore.App", ["version"] = version },
                    new JsonObject { ["name"] = "Microsoft.AspNetCore.App", ["version"] = version }),
                ["configProperties"] = new JsonObject
                {
                    ["System.Globalization.Invariant"] = true,
                    ["System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault"] = false,
                },
            },
        };
        File.WriteAllText(runtimeConfig, config.ToJsonString());

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "exec", "--runtimeconfig", runtimeConfig, program, "--source", siteRoot, "--now", "2026-11-28T10:00" })
            start.ArgumentList.Add(argument);
        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + errors.Result);
    }
}
