using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Sitecast.Preview;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>The preview's file serving over real HTTP on a loopback port.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sitecast-tests", Guid.NewGuid().ToString("N"));
    private readonly byte[] _audio = Enumerable.Range(0, 1000).Select(i => (byte)(i % 251)).ToArray();
    private PreviewServer _server = null!;
    private HttpClient _http = null!;

    private string Output => Path.Combine(_root, "site");

    public async Task InitializeAsync()
    {
        Write("site/index.html", "<!DOCTYPE html>\n<html><body><h1>Start</h1></body></html>\n");
        Write("site/blog/hallo/index.html", "<html><body><p>Hallo</p></body></html>\n");
        Write("site/404.html", "<html><body><p>Nicht gefunden</p></body></html>\n");
        Write("site/assets/site.css", "body { color: black; }\n");
        Write("site/feed.xml", "<rss version=\"2.0\"></rss>\n");
        Write("site/data.json", "{}\n");
        Write("site/podcast/folge-1.vtt", "WEBVTT\n");
        Write("site/podcast/folge-1.srt", "1\n");
        Write("site/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Directory.CreateDirectory(Path.Combine(Output, "podcast"));
        File.WriteAllBytes(Path.Combine(Output, "podcast/folge-1.mp3"), _audio);
        foreach (string name in new[] { "folge-1.m4a", "folge-1.opus", "bild.webp", "bild.jpg", "bild.png" })
            File.WriteAllBytes(Path.Combine(Output, "podcast", name), [1, 2, 3]);
        Write("secret.txt", "TOP SECRET\n");

        _server = await PreviewServer.StartAsync(() => Output, new PreviewEvents(), "127.0.0.1", 0);
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Address };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void The_server_listens_on_loopback_only()
    {
        Assert.Equal("127.0.0.1", _server.Address.Host);
        Assert.NotEqual(0, _server.Address.Port);
    }

    [Fact]
    public async Task A_single_range_is_answered_with_206_and_exactly_those_bytes()
    {
        using HttpResponseMessage response = await GetAsync("/podcast/folge-1.mp3", r => r.Headers.Range = new RangeHeaderValue(100, 199));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("bytes 100-199/1000", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(100, response.Content.Headers.ContentLength);
        Assert.Equal(_audio[100..200], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_open_ended_range_runs_to_the_end()
    {
        using HttpResponseMessage response = await GetAsync("/podcast/folge-1.mp3", r => r.Headers.Add("Range", "bytes=900-"));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("bytes 900-999/1000", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(_audio[900..], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_suffix_range_gives_the_last_bytes()
    {
        using HttpResponseMessage response = await GetAsync("/podcast/folge-1.mp3", r => r.Headers.Add("Range", "bytes=-50"));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("bytes 950-999/1000", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(_audio[950..], await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("bytes=1000-")]
    [InlineData("bytes=5000-6000")]
    [InlineData("bytes=-0")]
    [InlineData("bytes=abc-def")]
    [InlineData("bytes=500-100")]
    public async Task An_unsatisfiable_or_invalid_range_is_416_with_the_size(string range)
    {
        using HttpResponseMessage response = await GetAsync("/podcast/folge-1.mp3", r => r.Headers.TryAddWithoutValidation("Range", range));

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal("bytes */1000", response.Content.Headers.ContentRange!.ToString());
    }

    [Fact]
    public async Task Several_ranges_are_answered_with_the_whole_file()
    {
        using HttpResponseMessage response = await GetAsync("/podcast/folge-1.mp3", r => r.Headers.Add("Range", "bytes=0-1,5-6"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_audio, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_gives_the_headers_without_a_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/podcast/folge-1.mp3");
        using HttpResponseMessage response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1000, response.Content.Headers.ContentLength);
        Assert.Equal("audio/mpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("bytes", response.Headers.AcceptRanges);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/assets/site.css", "text/css")]
    [InlineData("/feed.xml", "application/xml")]
    [InlineData("/data.json", "application/json")]
    [InlineData("/podcast/folge-1.mp3", "audio/mpeg")]
    [InlineData("/podcast/folge-1.m4a", "audio/mp4")]
    [InlineData("/podcast/folge-1.opus", "audio/ogg")]
    [InlineData("/podcast/folge-1.vtt", "text/vtt")]
    [InlineData("/podcast/folge-1.srt", "application/x-subrip")]
    [InlineData("/img/logo.svg", "image/svg+xml")]
    [InlineData("/podcast/bild.webp", "image/webp")]
    [InlineData("/podcast/bild.jpg", "image/jpeg")]
    [InlineData("/podcast/bild.png", "image/png")]
    public async Task Files_have_their_content_type(string path, string type)
    {
        using HttpResponseMessage response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_unchanged_file_is_not_sent_again()
    {
        using HttpResponseMessage first = await GetAsync("/assets/site.css");
        string etag = first.Headers.ETag!.Tag;
        DateTimeOffset modified = first.Content.Headers.LastModified!.Value;

        using HttpResponseMessage byTag = await GetAsync("/assets/site.css", r => r.Headers.TryAddWithoutValidation("If-None-Match", etag));
        using HttpResponseMessage byDate = await GetAsync("/assets/site.css", r => r.Headers.IfModifiedSince = modified);
        using HttpResponseMessage otherTag = await GetAsync("/assets/site.css", r => r.Headers.TryAddWithoutValidation("If-None-Match", "\"other\""));

        Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);
    }

    [Fact]
    public async Task Folders_serve_their_index_and_redirect_without_slash()
    {
        using HttpResponseMessage folder = await GetAsync("/blog/hallo/");
        using HttpResponseMessage bare = await GetAsync("/blog/hallo?x=1");

        Assert.Equal(HttpStatusCode.OK, folder.StatusCode);
        Assert.Contains("<p>Hallo</p>", await folder.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/blog/hallo/?x=1", bare.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_missing_page_gets_the_sites_404_page()
    {
        using HttpResponseMessage response = await GetAsync("/gibt-es-nicht/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Nicht gefunden", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_reload_script_is_in_served_pages_but_not_in_the_files()
    {
        using HttpResponseMessage page = await GetAsync("/");
        using HttpResponseMessage css = await GetAsync("/assets/site.css");
        string html = await page.Content.ReadAsStringAsync();

        Assert.Contains(ReloadScript.EventsPath, html);
        Assert.True(html.IndexOf(ReloadScript.Marker, StringComparison.Ordinal) < html.IndexOf("</body>", StringComparison.Ordinal));
        Assert.Equal(Encoding.UTF8.GetByteCount(html), page.Content.Headers.ContentLength);
        Assert.DoesNotContain(ReloadScript.Marker, await css.Content.ReadAsStringAsync());
        Assert.DoesNotContain(ReloadScript.Marker, File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/podcast/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/index.html%00.css")]
    [InlineData("//etc/passwd")]
    [InlineData("/%c0%ae%c0%ae/secret.txt")]
    public async Task Paths_that_leave_the_output_folder_are_refused(string target)
    {
        var (status, response) = await RawHttp.GetAsync(_server.Address, target);

        Assert.True(status is 400 or 404, $"{target} gave {status}");
        Assert.DoesNotContain("TOP SECRET", response);
        Assert.DoesNotContain("root:", response);
    }

    [Fact]
    public async Task A_symbolic_link_out_of_the_output_folder_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(Output, "link.txt"), Path.Combine(_root, "secret.txt"));

        var (status, response) = await RawHttp.GetAsync(_server.Address, "/link.txt");

        Assert.Equal(400, status);
        Assert.DoesNotContain("TOP SECRET", response);
    }

    [Fact]
    public async Task Only_get_and_head_are_allowed()
    {
        using HttpResponseMessage response = await _http.PostAsync("/", new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, Action<HttpRequestMessage>? prepare = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        prepare?.Invoke(request);
        return await _http.SendAsync(request);
    }

    private void Write(string relative, string text)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }
}
