using System.Globalization;
using System.Text.Json;

namespace Sitecast.Tests.Stats;

/// <summary>One request as a test writes it into a log, in each format `stats` reads.</summary>
public sealed record LogEvent(DateTimeOffset Time, string Client, string Method, string Path, int Status, long Bytes, string UserAgent)
{
    /// <summary>nginx's and Apache's combined format; a quote in the User-Agent escaped the way nginx does it.</summary>
    public string Combined() =>
        $"{Client} - - [{Time.ToString("dd/MMM/yyyy:HH:mm:ss zzz", CultureInfo.InvariantCulture).Remove(24, 1)}] " +
        $"\"{Method} {Path} HTTP/1.1\" {Status} {(Bytes == 0 ? "-" : Bytes.ToString(CultureInfo.InvariantCulture))} \"-\" " +
        $"\"{UserAgent.Replace("\"", "\\x22", StringComparison.Ordinal)}\"";

    /// <summary>nginx with docs/stats.md's <c>log_format sitecast_json escape=json</c>.</summary>
    public string NginxJson() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["time"] = Time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["remote_addr"] = Client,
        ["request_method"] = Method,
        ["request_uri"] = Path,
        ["status"] = Status,
        ["body_bytes_sent"] = Bytes,
        ["http_user_agent"] = UserAgent,
    });

    /// <summary>Caddy's JSON access log: Unix seconds, the request nested, headers as arrays.</summary>
    public string Caddy() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["level"] = "info",
        ["ts"] = Time.ToUnixTimeMilliseconds() / 1000.0,
        ["logger"] = "http.log.access",
        ["msg"] = "handled request",
        ["request"] = new Dictionary<string, object>
        {
            ["remote_ip"] = Client,
            ["client_ip"] = Client,
            ["proto"] = "HTTP/1.1",
            ["method"] = Method,
            ["host"] = "example.org",
            ["uri"] = Path,
            ["headers"] = new Dictionary<string, string[]> { ["User-Agent"] = [UserAgent] },
        },
        ["bytes_read"] = 0,
        ["duration"] = 0.01,
        ["size"] = Bytes,
        ["status"] = Status,
    });
}
