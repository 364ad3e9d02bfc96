using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Sitecast.Preview;

/// <summary>
/// Serves the built site for the preview. Our own small handler rather than ASP.NET Core's static files
/// middleware: the preview must refuse traversal from the raw request path instead of normalising it away,
/// inject the reload script into HTML only, answer ranges exactly as podcast apps expect (and as the tests pin
/// down), and serve whatever folder the last good build left without a file provider that caches a tree
/// swapped under it.
/// </summary>
public sealed class StaticSiteHandler(Func<string> root, PreviewEvents events)
{
    public async Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        HttpResponse response = context.Response;
        string rawPath = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";

        if (request.Path.Equals(ReloadScript.EventsPath, StringComparison.Ordinal))
        {
            await StreamEventsAsync(context);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        string folder = root();
        RequestTarget target = RequestTarget.Resolve(folder, rawPath);
        switch (target.Kind)
        {
            case RequestTargetKind.Refused:
                await WriteTextAsync(context, StatusCodes.Status400BadRequest, "400 Bad Request: this path is not allowed.\n");
                return;
            case RequestTargetKind.Redirect:
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = target.Location;
                return;
            case RequestTargetKind.NotFound:
                await NotFoundAsync(context, folder);
                return;
        }

        await ServeFileAsync(context, target.FilePath!, StatusCodes.Status200OK);
    }

    private async Task ServeFileAsync(HttpContext context, string path, int status)
    {
        HttpRequest request = context.Request;
        HttpResponse response = context.Response;
        var file = new FileInfo(path);
        bool html = MimeTypes.IsHtml(path);

        // HTML is read whole to add the script; everything else is streamed from disk.
        byte[]? body = html ? ReloadScript.Inject(await File.ReadAllBytesAsync(path, context.RequestAborted)) : null;
        long length = body?.LongLength ?? file.Length;
        DateTimeOffset modified = new DateTimeOffset(file.LastWriteTimeUtc).ToUniversalTime();
        modified = modified.AddTicks(-(modified.Ticks % TimeSpan.TicksPerSecond));
        string etag = $"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}{(html ? "-p" : "")}\"";

        response.Headers.ContentType = MimeTypes.For(path);
        response.Headers.ETag = etag;
        response.Headers.LastModified = modified.ToString("R", CultureInfo.InvariantCulture);
        // Always ask again: an edit must show on the next reload, and a 304 keeps that cheap.
        response.Headers.CacheControl = "no-cache";
        response.Headers.AcceptRanges = "bytes";
        if (CrossOriginFiles.Includes(path)) response.Headers.AccessControlAllowOrigin = "*";

        if (status == StatusCodes.Status200OK && NotModified(request, etag, modified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        ByteRange range = status == StatusCodes.Status200OK && RangeApplies(request, etag, modified)
            ? ByteRange.Parse(request.Headers.Range.ToString(), length)
            : new ByteRange(RangeKind.Whole);
        if (range.Kind == RangeKind.Unsatisfiable)
        {
            response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
            response.Headers.ContentRange = $"bytes */{length}";
            response.ContentLength = 0;
            return;
        }

        long start = 0;
        long count = length;
        response.StatusCode = status;
        if (range.Kind == RangeKind.Partial)
        {
            start = range.Start;
            count = range.Length;
            response.StatusCode = StatusCodes.Status206PartialContent;
            response.Headers.ContentRange = $"bytes {range.Start}-{range.End}/{length}";
        }

        response.ContentLength = count;
        if (HttpMethods.IsHead(request.Method)) return;

        if (body is not null)
        {
            await response.Body.WriteAsync(body.AsMemory((int)start, (int)count), context.RequestAborted);
            return;
        }

        await using FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, useAsync: true);
        stream.Seek(start, SeekOrigin.Begin);
        await CopyAsync(stream, response.Body, count, context.RequestAborted);
    }

    /// <summary>If-None-Match wins over If-Modified-Since (RFC 9110, 13.1.3).</summary>
    private static bool NotModified(HttpRequest request, string etag, DateTimeOffset modified)
    {
        string ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0)
            return ifNoneMatch.Trim() == "*" || ifNoneMatch.Split(',').Any(t => t.Trim().TrimStart('W', '/') == etag);
        string since = request.Headers.IfModifiedSince.ToString();
        return since.Length > 0 &&
               DateTimeOffset.TryParseExact(since, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date) &&
               modified <= date;
    }

    /// <summary>If-Range: a range of a file that changed since the client's copy is answered with the whole file.</summary>
    private static bool RangeApplies(HttpRequest request, string etag, DateTimeOffset modified)
    {
        string ifRange = request.Headers.IfRange.ToString().Trim();
        if (ifRange.Length == 0) return true;
        if (ifRange.StartsWith('"')) return ifRange == etag;
        return DateTimeOffset.TryParseExact(ifRange, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date) &&
               date == modified;
    }

    private async Task NotFoundAsync(HttpContext context, string folder)
    {
        string page = Path.Combine(folder, "404.html");
        if (File.Exists(page) && Build.SafePaths.StaysInside(page, folder))
        {
            await ServeFileAsync(context, page, StatusCodes.Status404NotFound);
            return;
        }

        // No site yet (the first build failed) or no 404 page: a bare page that still listens for reloads.
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        byte[] html = ReloadScript.Inject(Encoding.UTF8.GetBytes(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>404 Not Found</h1></body></html>\n"));
        context.Response.ContentLength = html.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(html, context.RequestAborted);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        HttpResponse response = context.Response;
        response.Headers.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        var channel = events.Subscribe();
        try
        {
            // The retry line tells the browser to reconnect quickly after the preview restarts.
            await response.WriteAsync("retry: 1000\n\n", context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
            await foreach (string message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await response.WriteAsync(message, context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            events.Unsubscribe(channel);
        }
    }

    private static async Task WriteTextAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static async Task CopyAsync(Stream from, Stream to, long count, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[64 * 1024];
        while (count > 0)
        {
            int read = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)), cancellationToken);
            if (read == 0) break;
            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            count -= read;
        }
    }
}
