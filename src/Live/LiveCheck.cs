using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;

namespace Sitecast.Live;

/// <summary>
/// `check --live URL`: asks the real host what podcast apps and Apple ask it. The rules, each named in a failure:
/// https (every URL), feed (the feed answers 200 and parses), etag (a conditional GET answers 304), head (HEAD on
/// media answers 200), status (chapters and transcripts answer 200), length (the size the feed states), redirect
/// (media is served without a redirect: Apple drops such episodes), range (a Range request answers 206 with
/// Content-Range), mime (the type the feed states), cors (Access-Control-Allow-Origin on chapters and transcripts,
/// which web players fetch from other origins), guids (every GUID the live feed published is in the local build:
/// none is dropped), reachable (the URL answers at all).
/// </summary>
public sealed class LiveCheck(HttpClient http)
{
    private const string Origin = "https://player.example";

    /// <summary>A client that never follows redirects (a redirect is a finding) and gives up on a silent host.</summary>
    public static HttpClient CreateClient(HttpMessageHandler? handler = null)
    {
        handler ??= new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None };
        if (handler is SocketsHttpHandler sockets) sockets.AllowAutoRedirect = false;
        var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(20) };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("sitecast-check");
        return client;
    }

    /// <summary>The feed URL for a site's address (…/podcast/feed.xml) or a feed's own.</summary>
    public static string FeedUrlOf(string live) =>
        live.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || live.EndsWith(".rss", StringComparison.OrdinalIgnoreCase)
            ? live
            : live.TrimEnd('/') + "/" + Podcast.PreviousFeed.RelativePath;

    /// <summary>What the live feed pointed at, once <see cref="RunAsync"/> read it.</summary>
    public FeedTargets? Checked { get; private set; }

    public async Task<IReadOnlyList<LiveFailure>> RunAsync(string feedUrl, XDocument? localFeed)
    {
        var failures = new List<LiveFailure>();
        void Fail(string url, string rule, string message) => failures.Add(new LiveFailure(url, rule, message));

        XDocument? liveFeed = await FeedAsync(feedUrl, Fail);
        if (liveFeed is null) return failures;
        FeedTargets live = FeedTargets.Of(liveFeed);
        Checked = live;

        foreach (var (url, type, length) in live.Media) await MediaAsync(url, type, length, Fail);
        foreach (string url in live.Chapters) await SharedFileAsync(url, ["application/json+chapters", "application/json"], Fail);
        foreach (var (url, type) in live.Transcripts) await SharedFileAsync(url, Equivalents(type), Fail);

        if (localFeed is not null)
        {
            var local = FeedTargets.Of(localFeed).Episodes.Select(e => e.Guid).ToHashSet(StringComparer.Ordinal);
            foreach (var (guid, title) in live.Episodes.Where(e => !local.Contains(e.Guid)))
                Fail(feedUrl, "guids", $"the live feed has the episode \"{title}\" with GUID {guid}, which the local build does not: apps would drop it " +
                                       "(keep the episode, or pin its guid in its sidecar)");
        }

        return failures;
    }

    private async Task<XDocument?> FeedAsync(string url, Action<string, string, string> fail)
    {
        Https(url, fail);
        using HttpResponseMessage? response = await SendAsync(HttpMethod.Get, url, null, fail);
        if (response is null) return null;
        if (Redirected(response, url, fail)) return null;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            fail(url, "feed", $"answered {(int)response.StatusCode} instead of 200");
            return null;
        }

        Mime(url, response, ["application/rss+xml", "application/xml", "text/xml"], fail);
        XDocument feed;
        try
        {
            feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        }
        catch (System.Xml.XmlException e)
        {
            fail(url, "feed", $"is not XML: {e.Message}");
            return null;
        }

        // Apple's crawler and apps ask "changed since?"; a host that always sends the whole feed costs them and it.
        EntityTagHeaderValue? etag = response.Headers.ETag;
        DateTimeOffset? modified = response.Content.Headers.LastModified;
        if (etag is null && modified is null)
        {
            fail(url, "etag", "sends neither ETag nor Last-Modified, so apps cannot ask whether it changed");
        }
        else
        {
            using HttpResponseMessage? again = await SendAsync(HttpMethod.Get, url, request =>
            {
                if (etag is not null) request.Headers.IfNoneMatch.Add(etag);
                else request.Headers.IfModifiedSince = modified;
            }, fail);
            if (again is not null && again.StatusCode != HttpStatusCode.NotModified)
                fail(url, "etag", $"answered {(int)again.StatusCode} to a conditional GET ({(etag is not null ? "If-None-Match" : "If-Modified-Since")}) instead of 304");
        }

        return feed;
    }

    private async Task MediaAsync(string url, string type, long? length, Action<string, string, string> fail)
    {
        Https(url, fail);
        using (HttpResponseMessage? head = await SendAsync(HttpMethod.Head, url, null, fail, headersOnly: true))
        {
            if (head is null || Redirected(head, url, fail)) return;
            if (head.StatusCode != HttpStatusCode.OK)
            {
                fail(url, "head", $"answered {(int)head.StatusCode} to HEAD instead of 200");
                return;
            }

            Mime(url, head, Equivalents(type), fail);
            // Apps size downloads and seek by the feed's length; a file replaced without a rebuild breaks that.
            if (length is { } stated && head.Content.Headers.ContentLength is { } served && served != stated)
                fail(url, "length", $"is {served} bytes long, but the feed says {stated}: rebuild and deploy the site, or deploy the file it was built from");
        }

        using HttpResponseMessage? range = await SendAsync(HttpMethod.Get, url, request => request.Headers.Range = new RangeHeaderValue(0, 1), fail,
            headersOnly: true);
        if (range is null || Redirected(range, url, fail)) return;
        ContentRangeHeaderValue? contentRange = range.Content.Headers.ContentRange;
        if (range.StatusCode != HttpStatusCode.PartialContent)
            fail(url, "range", $"answered {(int)range.StatusCode} to \"Range: bytes=0-1\" instead of 206 Partial Content: Apple requires byte ranges");
        else if (contentRange is not { From: 0, To: 1, HasLength: true })
            fail(url, "range", $"answered 206 with Content-Range \"{contentRange}\" instead of \"bytes 0-1/<size>\"");
    }

    /// <summary>Chapters and transcripts: fetched by web players on other origins, so they need CORS.</summary>
    private async Task SharedFileAsync(string url, string[] types, Action<string, string, string> fail)
    {
        Https(url, fail);
        using HttpResponseMessage? response = await SendAsync(HttpMethod.Get, url, request => request.Headers.Add("Origin", Origin), fail);
        if (response is null || Redirected(response, url, fail)) return;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            fail(url, "status", $"answered {(int)response.StatusCode} instead of 200");
            return;
        }

        Mime(url, response, types, fail);
        string? allowed = response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.FirstOrDefault() : null;
        if (allowed is not ("*" or Origin))
            fail(url, "cors", allowed is null
                ? "sends no Access-Control-Allow-Origin header: web players on other sites cannot load it"
                : $"allows the origin '{allowed}' only: web players on other sites cannot load it");
    }

    private static void Mime(string url, HttpResponseMessage response, string[] types, Action<string, string, string> fail)
    {
        string? served = response.Content.Headers.ContentType?.MediaType;
        if (served is null || !types.Contains(served, StringComparer.OrdinalIgnoreCase))
            fail(url, "mime", $"is served as '{served ?? "(no Content-Type)"}' instead of {string.Join(" or ", types.Select(t => $"'{t}'"))}");
    }

    private static bool Redirected(HttpResponseMessage response, string url, Action<string, string, string> fail)
    {
        int status = (int)response.StatusCode;
        if (status is < 300 or >= 400 || status == 304) return false;
        fail(url, "redirect", $"answered {status} with a redirect to {response.Headers.Location}: Apple drops episodes whose media URLs redirect; " +
                              "link the final address");
        return true;
    }

    private static void Https(string url, Action<string, string, string> fail)
    {
        if (!url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            fail(url, "https", "is not served over https, which podcast apps and the Podcasting 2.0 tags require");
    }

    /// <summary>Media answers are not read past their headers: a host that ignores Range would send the whole file.</summary>
    private async Task<HttpResponseMessage?> SendAsync(HttpMethod method, string url, Action<HttpRequestMessage>? configure,
        Action<string, string, string> fail, bool headersOnly = false)
    {
        using var request = new HttpRequestMessage(method, url);
        configure?.Invoke(request);
        try
        {
            return await http.SendAsync(request, headersOnly ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            fail(url, "reachable", $"cannot be fetched: {(e is TaskCanceledException ? "no answer in time" : e.Message)}");
            return null;
        }
    }

    /// <summary>The types a server may send for a file the feed gives as <paramref name="type"/>.</summary>
    private static string[] Equivalents(string type) => type switch
    {
        "audio/x-m4a" or "audio/mp4" or "audio/m4a" => ["audio/x-m4a", "audio/mp4", "audio/m4a"],
        "application/x-subrip" or "application/srt" => ["application/x-subrip", "application/srt", "text/plain"],
        "" => ["(a type the feed states)"],
        _ => [type],
    };
}
