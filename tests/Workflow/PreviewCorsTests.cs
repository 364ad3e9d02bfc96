using Sitecast.Preview;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>The preview sends CORS on chapters and transcripts, which web players fetch from other origins.</summary>
public sealed class PreviewCorsTests
{
    [Fact]
    public async Task Chapters_and_transcripts_allow_any_origin_and_pages_do_not()
    {
        string root = Path.Combine(Path.GetTempPath(), "sitecast-tests", Guid.NewGuid().ToString("N"));
        foreach (string file in new[] { "index.html", "podcast/aarhus/chapters.json", "podcast/aarhus/transcript.vtt", "podcast/aarhus/transcript.srt", "data.json" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
            File.WriteAllText(Path.Combine(root, file), file.EndsWith(".html") ? "<html><body></body></html>" : "{}");
        }

        await using PreviewServer server = await PreviewServer.StartAsync(() => root, new PreviewEvents(), "127.0.0.1", 0);
        using var http = new HttpClient { BaseAddress = server.Address };
        try
        {
            foreach (string path in new[] { "/podcast/aarhus/chapters.json", "/podcast/aarhus/transcript.vtt", "/podcast/aarhus/transcript.srt" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("Origin", "https://player.example");
                using HttpResponseMessage response = await http.SendAsync(request);
                Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
            }

            foreach (string path in new[] { "/", "/data.json" })
            {
                using HttpResponseMessage response = await http.GetAsync(path);
                Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"), path);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
