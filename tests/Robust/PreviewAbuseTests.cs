using System.Net;
using System.Net.Http.Headers;
using Sitecast.Preview;
using Sitecast.Tests.Workflow;
using Xunit;

namespace Sitecast.Tests.Robust;

/// <summary>
/// The preview server under load and abuse on a loopback port: hundreds of concurrent range requests, odd Range
/// headers, an oversized URL and encodings of ".." that the basic traversal tests do not cover.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class PreviewAbuseTests : IAsyncLifetime
{
    private const int AudioLength = 1 << 20;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sitecast-tests", Guid.NewGuid().ToString("N"));
    private readonly byte[] _audio = new byte[AudioLength];
    private PreviewServer _server = null!;
    private HttpClient _http = null!;

    private string Output => Path.Combine(_root, "site");

    public async Task InitializeAsync()
    {
        new Random(17).NextBytes(_audio);
        Directory.CreateDirectory(Path.Combine(Output, "podcast"));
        File.WriteAllText(Path.Combine(Output, "index.html"), "<!DOCTYPE html>\n<html><body><h1>Start</h1></body></html>\n");
        File.WriteAllText(Path.Combine(Output, "404.html"), "<html><body><p>Nicht gefunden</p></body></html>\n");
        File.WriteAllBytes(Path.Combine(Output, "podcast/folge-1.mp3"), _audio);
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "TOP SECRET\n");

        _server = await PreviewServer.StartAsync(() => Output, new PreviewEvents(), "127.0.0.1", 0);
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = _server.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Three_hundred_concurrent_range_requests_get_exactly_their_bytes_and_memory_stays_flat()
    {
        // A warm-up round, so the server's buffers and the JIT are in place before memory is measured.
        await RoundAsync(seed: 1);
        long before = ManagedMemory();
        await RoundAsync(seed: 2);
        await RoundAsync(seed: 3);
        long after = ManagedMemory();

        // Two rounds move 600 × 32 KiB on average (about 19 MB); a server that kept them would grow by more than this.
        Assert.True(after - before < 8 * 1024 * 1024, $"managed memory grew from {before:N0} to {after:N0} bytes");
    }

    [Theory]
    [InlineData("bytes=5-2")]
    [InlineData("bytes=abc")]
    [InlineData("bytes=-0")]
    [InlineData("bytes=--5")]
    [InlineData("bytes=5")]
    [InlineData("bytes=99999999999999999999999-")]
    public async Task A_malformed_range_is_416_with_the_size(string range)
    {
        using HttpResponseMessage response = await GetAsync("/podcast/folge-1.mp3", range);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{AudioLength}", response.Content.Headers.ContentRange!.ToString());
    }

    [Theory]
    [InlineData("items=0-1")]
    [InlineData("bytes=0-5,3-8")]
    [InlineData("bytes=0-,0-")]
    [InlineData("bytes=-10,0-10,5-15")]
    public async Task An_unknown_unit_or_overlapping_ranges_get_the_whole_file(string range)
    {
        using HttpResponseMessage response = await GetAsync("/podcast/folge-1.mp3", range);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_audio, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_very_long_url_is_refused_and_the_server_keeps_serving()
    {
        string target = "/" + new string('a', 20_000);

        var (status, _) = await RawHttp.GetAsync(_server.Address, target);

        Assert.True(status == 414, $"a 20,000 character URL gave {status}");
        using HttpResponseMessage after = await _http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/%252e%252e%252fsecret.txt")]
    [InlineData("/podcast/%2e%2e%2f%2e%2e%2fsecret.txt")]
    [InlineData("/podcast/..%5c..%5csecret.txt")]
    [InlineData("/%c0%ae%c0%ae%c0%afsecret.txt")]
    [InlineData("/%e0%80%ae%e0%80%ae/secret.txt")]
    [InlineData("/%2e%2e%00/secret.txt")]
    [InlineData("/index.html%00")]
    [InlineData("/.%2e/secret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("/C:%5csecret.txt")]
    public async Task Encoded_traversal_never_serves_a_file_outside_the_output(string target)
    {
        var (status, response) = await RawHttp.GetAsync(_server.Address, target);

        Assert.True(status is 400 or 404, $"{target} gave {status}");
        Assert.DoesNotContain("TOP SECRET", response);
    }

    private async Task RoundAsync(int seed)
    {
        var random = new Random(seed);
        var ranges = Enumerable.Range(0, 300).Select(_ =>
        {
            long start = random.Next(AudioLength);
            long end = Math.Min(AudioLength - 1, start + random.Next(1, 64 * 1024));
            return (Start: start, End: end);
        }).ToArray();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await Task.WhenAll(ranges.Select(async r =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/podcast/folge-1.mp3");
            request.Headers.Range = new RangeHeaderValue(r.Start, r.End);
            using HttpResponseMessage response = await _http.SendAsync(request, timeout.Token);
            Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
            Assert.Equal($"bytes {r.Start}-{r.End}/{AudioLength}", response.Content.Headers.ContentRange!.ToString());
            byte[] body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            Assert.True(body.AsSpan().SequenceEqual(_audio.AsSpan((int)r.Start, (int)(r.End - r.Start + 1))),
                $"range {r.Start}-{r.End} came back with other bytes");
        }));
    }

    private static long ManagedMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string range)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Range", range);
        return await _http.SendAsync(request);
    }
}
