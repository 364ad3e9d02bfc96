using System.Net;
using System.Net.Sockets;

namespace Sitecast.Tests.Support;

/// <summary>
/// A WebSub hub and pubnotify endpoint on 127.0.0.1 for the notify tests: records every request and answers with
/// the status codes queued for it (then 204).
/// </summary>
public sealed class LocalHub : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<int> _answers = new();
    private readonly List<(string Method, string Path, string Query, string Body)> _requests = [];
    private readonly Task _loop;

    public LocalHub()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}/{path}";

    public IReadOnlyList<(string Method, string Path, string Query, string Body)> Requests
    {
        get { lock (_requests) return _requests.ToList(); }
    }

    public void AnswerNext(params int[] statuses)
    {
        lock (_answers) foreach (int status in statuses) _answers.Enqueue(status);
    }

    /// <summary>A port nothing listens on: connecting to it is refused.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            string body = await new StreamReader(context.Request.InputStream).ReadToEndAsync();
            lock (_requests) _requests.Add((context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Url.Query, body));
            int status;
            lock (_answers) status = _answers.Count > 0 ? _answers.Dequeue() : 204;
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
