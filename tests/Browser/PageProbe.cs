using System.Collections.Concurrent;
using Microsoft.Playwright;
using Sitecast.Tests.Support;

namespace Sitecast.Tests.Browser;

/// <summary>
/// One browser page that watches what a visit does: console errors, script errors, failed requests, HTTP errors,
/// requests to any host but the local server (blocked and recorded), and the bytes of CSS and JavaScript loaded.
/// </summary>
public sealed class PageProbe : IAsyncDisposable
{
    private readonly int _port;
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentQueue<Task<long>> _assetBodies = new();

    private PageProbe(IBrowserContext context, IPage page, int port)
    {
        Context = context;
        Page = page;
        _port = port;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public static async Task<PageProbe> OpenAsync(IBrowserContext context, int port)
    {
        IPage page = await context.NewPageAsync();
        var probe = new PageProbe(context, page, port);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") probe._problems.Enqueue($"console error: {message.Text}");
        };
        page.PageError += (_, error) => probe._problems.Enqueue($"script error: {error}");
        page.RequestFailed += (_, request) =>
        {
            // A media element stops its own download once it has what it needs (metadata, a range): not an error.
            bool mediaStopped = request.ResourceType == "media" && request.Failure == "net::ERR_ABORTED";
            if (probe.IsLocal(request.Url) && !mediaStopped) probe._problems.Enqueue($"request failed: {request.Url} ({request.Failure})");
        };
        page.Response += (_, response) => probe.OnResponse(response);

        // Nothing may leave the machine: a request to another host is recorded and never sent.
        await page.RouteAsync(url => !probe.IsLocal(url), async route =>
        {
            probe._problems.Enqueue($"request to another host: {route.Request.Method} {route.Request.Url}");
            await route.AbortAsync("blockedbyclient");
        });
        return probe;
    }

    /// <summary>Opens a page of the site and waits until it and its assets have loaded; returns what went wrong.</summary>
    public async Task<VisitResult> VisitAsync(SitePage page, WaitUntilState waitUntil = WaitUntilState.Load)
    {
        _problems.Clear();
        _assetBodies.Clear();
        string url = $"http://127.0.0.1:{_port}{page.UrlPath}";
        IResponse? response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = waitUntil });
        if (response is null) _problems.Enqueue("no response");
        else if (response.Status != 200) _problems.Enqueue($"HTTP {response.Status}");

        long[] sizes = await Task.WhenAll(_assetBodies);
        return new VisitResult(page, _problems.ToList(), sizes.Sum());
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private void OnResponse(IResponse response)
    {
        if (!IsLocal(response.Url)) return;
        if (response.Status >= 400) _problems.Enqueue($"HTTP {response.Status}: {response.Url}");
        if (response.Status is >= 300 and < 400) return;
        if (response.Request.ResourceType is "stylesheet" or "script")
            _assetBodies.Enqueue(BodyLengthAsync(response));
    }

    private static async Task<long> BodyLengthAsync(IResponse response)
    {
        byte[] body = await response.BodyAsync();
        return body.LongLength;
    }

    /// <summary>The local server, or a URL that is no request at all (data:, blob:, about:).</summary>
    private bool IsLocal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri)) return false;
        if (uri.Scheme is "data" or "blob" or "about") return true;
        return uri.Scheme == "http" && uri.Host == "127.0.0.1" && uri.Port == _port;
    }
}
