using System.Globalization;
using Sitecast.Build;
using Sitecast.Diagnostics;
using Sitecast.Incremental;

namespace Sitecast.Preview;

/// <summary>
/// The preview: serve the site, build it with drafts and scheduled posts, rebuild when a watched file changes,
/// and tell open pages to reload (or show the errors, while the last good build stays served).
/// Output goes to .sitecast-cache/preview/site, never to site/.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private BuildOptions _options;
    private readonly PreviewEvents _events = new();
    private readonly TextWriter _log;
    private readonly CancellationTokenSource _stop;
    private PreviewServer? _server;
    private SiteWatcher? _watcher;
    private Task? _loop;
    private int _builds;

    private PreviewSession(BuildOptions options, TextWriter log, CancellationToken stop)
    {
        _options = options;
        _log = log;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(stop);
    }

    public Uri Address => _server?.Address ?? throw new InvalidOperationException("The preview has not started.");

    public string OutputRoot => _options.OutputRoot;

    /// <summary>Open pages listening for reloads.</summary>
    public int ListenerCount => _events.ClientCount;

    /// <summary>Builds finished so far (successful or not).</summary>
    public int BuildCount => Volatile.Read(ref _builds);

    /// <summary>Where the preview writes for a site folder.</summary>
    public static string OutputFor(string sourceRoot) => BuildReuse.PreviewOutputOf(sourceRoot);

    /// <param name="options">The site's options; drafts, scheduled posts and the output folder are set here.</param>
    /// <param name="stop">Ends the session, the first build included (it then throws OperationCanceledException).</param>
    public static async Task<PreviewSession> StartAsync(BuildOptions options, string host, int port, TextWriter log,
        CancellationToken stop = default)
    {
        var session = new PreviewSession(options with
        {
            OutputRoot = OutputFor(options.SourceRoot),
            IncludeDrafts = true,
            IncludeFuture = true,
            PublishedRecord = PublishedRecordMode.Keep,
        }, log, stop);
        try
        {
            session._server = await PreviewServer.StartAsync(() => session._options.OutputRoot, session._events, host, port, stop);
            // Links must lead to the preview, not to the public site.
            session._options = session._options with { BaseUrl = options.BaseUrl ?? session._server.Address.ToString() };
            session._watcher = new SiteWatcher(options.SourceRoot);
            await session.BuildAsync(["first build"]);
            stop.ThrowIfCancellationRequested();
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }

        session._loop = Task.Run(session.WatchAsync);
        return session;
    }

    private async Task WatchAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                IReadOnlyList<string> changed = await _watcher!.NextChangesAsync(_stop.Token);
                await BuildAsync(changed);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            // The watcher was disposed.
        }
    }

    private async Task BuildAsync(IReadOnlyList<string> changed)
    {
        BuildReport report;
        try
        {
            report = await SiteBuilder.BuildAsync(_options, _stop.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The preview outlives a failed build of any kind; the page shows why.
            report = new BuildReport(BuildReport.ContentErrors,
                [new Diagnostic(Severity.Error, new SourceLocation(""), $"the build crashed: {e.Message}")], null, TimeSpan.Zero);
        }

        Interlocked.Increment(ref _builds);
        string what = changed.Count == 1 ? changed[0] : $"{changed.Count} files";
        string seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (report.Succeeded)
        {
            foreach (Diagnostic warning in report.Diagnostics) _log.WriteLine(warning);
            _log.WriteLine($"built in {seconds} s ({what}); reloading {_events.ClientCount} page(s)");
            _events.BuildSucceeded();
        }
        else
        {
            string errors = string.Join("\n", report.Diagnostics.Where(d => d.Severity == Severity.Error));
            _log.WriteLine(errors);
            _log.WriteLine($"build failed ({what}); still serving the last good build");
            _events.BuildFailed(errors);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _watcher?.Dispose();
        if (_loop is not null) await _loop;
        if (_server is not null) await _server.DisposeAsync();
        _stop.Dispose();
    }
}
