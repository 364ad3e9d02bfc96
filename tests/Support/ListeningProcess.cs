using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Sitecast.Tests.Support;

/// <summary>The wait for a server a test started (nginx, Apache) to accept connections on its loopback port.</summary>
public static class ListeningProcess
{
    /// <summary>Long enough for a server starting on a loaded 2-core runner; a server that stops fails at once.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Returns once a TCP connection to the port succeeds. The connection sends no request, so the server's access
    /// log holds only the test's own requests.
    /// </summary>
    /// <param name="log">The server's error log, for the failure message.</param>
    public static void WaitUntilListening(Process process, int port, string name, Func<string> log)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{name} stopped: " + process.StandardError.ReadToEnd() + log());
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new TimeoutException($"{name} did not listen within {StartTimeout.TotalSeconds} s: " + log());
    }
}
