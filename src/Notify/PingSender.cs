using System.Net;
using System.Net.Sockets;

namespace Sitecast.Notify;

/// <summary>
/// Sends one ping with retries: a 5xx, 429, timeout or unreachable host is tried again after a doubling delay;
/// any other answer is final. Returns null on success, else what went wrong, naming the URL.
/// </summary>
public sealed class PingSender(HttpClient http, NotifyOptions options, TextWriter log)
{
    public async Task<string?> SendAsync(Func<HttpRequestMessage> request, string what)
    {
        TimeSpan delay = options.RetryDelay;
        string? problem = null;
        for (int attempt = 1; attempt <= options.Attempts; attempt++)
        {
            using HttpRequestMessage message = request();
            string url = message.RequestUri!.ToString();
            bool retry;
            try
            {
                using var timeout = new CancellationTokenSource(options.Timeout);
                using HttpResponseMessage response = await http.SendAsync(message, timeout.Token);
                if (response.IsSuccessStatusCode) return null;
                int status = (int)response.StatusCode;
                problem = $"{what} {url} answered {status} {response.ReasonPhrase}";
                retry = status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests;
            }
            catch (OperationCanceledException)
            {
                problem = $"{what} {url} did not answer within {options.Timeout.TotalSeconds:0.#} s";
                retry = true;
            }
            catch (HttpRequestException e)
            {
                problem = e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused }
                    ? $"cannot reach {what} {url}: connection refused"
                    : $"cannot reach {what} {url}: {e.Message}";
                retry = true;
            }

            if (!retry || attempt == options.Attempts) break;
            log.WriteLine($"{problem}; trying again in {delay.TotalSeconds:0.#} s");
            await Task.Delay(delay);
            delay *= 2;
        }

        return problem;
    }
}
