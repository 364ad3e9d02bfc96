using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace Sitecast.Tests.Support;

/// <summary>
/// The Podcast Index's own feed parser, podcast-partytime, run in Node from tests/feed-parsers (installed by
/// .ci/install.d/35-feed-parsers.sh). Tests that use it skip where Node or the package is missing.
/// </summary>
public static class Partytime
{
    private static readonly string Module = Path.Combine(RepoPaths.Root, "tests", "feed-parsers", "node_modules", "podcast-partytime");

    /// <summary>The feed as partytime's parseFeed returns it, as JSON.</summary>
    public static JsonElement Parse(string xml)
    {
        string? node = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "node")).FirstOrDefault(File.Exists);
        Skip.If(node is null, "node is not installed");
        Skip.IfNot(Directory.Exists(Module), "podcast-partytime is not installed (npm ci in tests/feed-parsers)");

        string folder = Path.Combine(Path.GetTempPath(), "sitecast-partytime-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "feed.xml"), xml);
            File.WriteAllText(Path.Combine(folder, "parse.js"), """
                const { parseFeed } = require(process.argv[2]);
                const feed = parseFeed(require('fs').readFileSync(process.argv[3], 'utf8'));
                process.stdout.write(JSON.stringify(feed));
                """);
            var start = new ProcessStartInfo(node!, [Path.Combine(folder, "parse.js"), Module, Path.Combine(folder, "feed.xml")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["LOG"] = "silent";
            using Process process = Process.Start(start)!;
            Task<string> error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(60_000), "node did not finish");
            Assert.True(process.ExitCode == 0, error.Result);
            Assert.False(output is "" or "null", "partytime did not accept the feed: " + error.Result);
            return JsonDocument.Parse(output).RootElement.Clone();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
