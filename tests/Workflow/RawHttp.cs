using System.Net.Sockets;
using System.Text;

namespace Sitecast.Tests.Workflow;

/// <summary>
/// Sends a request line exactly as written. HttpClient cleans up "..", so traversal attempts need a raw socket.
/// </summary>
public static class RawHttp
{
    public static async Task<(int Status, string Response)> GetAsync(Uri server, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using NetworkStream stream = client.GetStream();
        byte[] request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // A bound, not a speed check: the server answers at once, a loaded runner may still take seconds.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string response = await reader.ReadToEndAsync(timeout.Token);
        string[] statusLine = response.Split('\n', 2)[0].Split(' ');
        return (int.Parse(statusLine[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }
}
