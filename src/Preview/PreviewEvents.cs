using System.Text.Json;
using System.Threading.Channels;

namespace Sitecast.Preview;

/// <summary>
/// The open event streams of previewed pages (Server-Sent Events). After each build every page gets
/// "reload" or "failed" with the errors; a page that connects while the last build failed gets the errors at once.
/// </summary>
public sealed class PreviewEvents
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = new();
    private string? _failure;

    /// <summary>The number of pages listening, for tests and the console.</summary>
    public int ClientCount
    {
        get { lock (_lock) return _clients.Count; }
    }

    public void BuildSucceeded()
    {
        lock (_lock)
        {
            _failure = null;
            Broadcast(Message("reload", "{}"));
        }
    }

    public void BuildFailed(string errors)
    {
        lock (_lock)
        {
            // {"text": errors}, escaped as JsonSerializer would, without its reflection (the native build has none).
            _failure = Message("failed", $"{{\"text\":\"{JsonEncodedText.Encode(errors)}\"}}");
            Broadcast(_failure);
        }
    }

    /// <summary>Registers a listener; the reader ends when the listener is removed.</summary>
    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_lock)
        {
            _clients.Add(channel);
            if (_failure is not null) channel.Writer.TryWrite(_failure);
        }

        return channel;
    }

    public void Unsubscribe(Channel<string> channel)
    {
        lock (_lock) _clients.Remove(channel);
        channel.Writer.TryComplete();
    }

    /// <summary>Ends every open stream, so the server can stop without waiting for pages to go away.</summary>
    public void CloseAll()
    {
        lock (_lock)
        {
            foreach (Channel<string> client in _clients) client.Writer.TryComplete();
        }
    }

    private void Broadcast(string message)
    {
        foreach (Channel<string> client in _clients) client.Writer.TryWrite(message);
    }

    // One event: its name, then the data on one line (JSON never holds a raw newline).
    private static string Message(string name, string data) => $"event: {name}\ndata: {data}\n\n";
}
