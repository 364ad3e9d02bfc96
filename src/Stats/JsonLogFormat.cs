using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sitecast.Stats;

/// <summary>
/// One JSON object per line: nginx's <c>log_format … escape=json</c> (field names as in the README's example, or
/// nginx's variable names) and Caddy's access log (<c>request.client_ip</c>, <c>request.headers["User-Agent"]</c>, <c>ts</c>).
/// </summary>
public static class JsonLogFormat
{
    private static readonly string[] TimeFields = ["time", "time_iso8601", "time_local", "timestamp", "@timestamp", "ts"];
    private static readonly string[] ClientFields = ["remote_addr", "client_ip", "remote_ip", "ip", "client"];
    private static readonly string[] MethodFields = ["request_method", "method"];
    private static readonly string[] TargetFields = ["request_uri", "uri", "path"];
    private static readonly string[] StatusFields = ["status", "response_status"];
    private static readonly string[] ByteFields = ["body_bytes_sent", "size", "bytes_sent", "bytes"];
    private static readonly string[] UserAgentFields = ["http_user_agent", "user_agent", "ua"];

    public static bool TryParse(string line, out LogRequest request, out string problem)
    {
        request = default;
        problem = "";
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            problem = "not valid JSON";
            return false;
        }

        using (json)
        {
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return false;
            }

            // Caddy nests the request; nginx logs are flat.
            JsonElement inner = root.TryGetProperty("request", out JsonElement r) && r.ValueKind == JsonValueKind.Object ? r : root;
            if (!TryTime(root, out long ticks))
            {
                problem = "no time field (time, time_iso8601, ts …) that is a time";
                return false;
            }

            string? client = Text(inner, ClientFields) ?? Text(root, ClientFields);
            string? method = Text(inner, MethodFields);
            string? target = Text(inner, TargetFields);
            if (method is null && target is null && Text(root, ["request"]) is { } requestLine)
            {
                string[] parts = requestLine.Split(' ');
                method = parts.Length > 1 ? parts[0] : "";
                target = parts.Length > 1 ? parts[1] : "";
            }

            if (client is null || target is null || Number(root, StatusFields) is not { } status)
            {
                problem = "no client address, path or status field";
                return false;
            }

            string userAgent = Text(inner, UserAgentFields) ?? Text(root, UserAgentFields) ?? Header(inner, "User-Agent") ?? "";
            long bytes = Number(root, ByteFields) ?? 0;

            // The fields go into one string, so a JSON request is a LogRequest of ranges like a combined one.
            var text = new StringBuilder(client.Length + target.Length + userAgent.Length + 16);
            Range Append(string value)
            {
                int start = text.Length;
                text.Append(value);
                return new Range(start, text.Length);
            }

            Range c = Append(client), m = Append(method ?? ""), t = Append(target), u = Append(userAgent);
            request = new LogRequest(text.ToString(), ticks, c, m, t, (int)Math.Clamp(status, 0, 999), Math.Max(0, bytes), u);
            return true;
        }
    }

    private static bool TryTime(JsonElement root, out long ticks)
    {
        ticks = 0;
        foreach (string name in TimeFields)
        {
            if (!root.TryGetProperty(name, out JsonElement value)) continue;
            if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double seconds)) return LogTime.TryParseUnixSeconds(seconds, out ticks);
            if (value.ValueKind == JsonValueKind.String) return LogTime.TryParseText(value.GetString()!, out ticks);
        }

        return false;
    }

    private static string? Text(JsonElement element, string[] names)
    {
        foreach (string name in names)
            if (element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String) return value.GetString();
        return null;
    }

    private static long? Number(JsonElement element, string[] names)
    {
        foreach (string name in names)
        {
            if (!element.TryGetProperty(name, out JsonElement value)) continue;
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long n)) return n;
            if (value.ValueKind == JsonValueKind.String &&
                long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out long s)) return s;
            if (value.ValueKind == JsonValueKind.String && value.GetString() == "-") return 0;
        }

        return null;
    }

    /// <summary>Caddy's headers: an object of arrays, e.g. "User-Agent": ["AppleCoreMedia/1.0"].</summary>
    private static string? Header(JsonElement request, string name)
    {
        if (!request.TryGetProperty("headers", out JsonElement headers) || headers.ValueKind != JsonValueKind.Object) return null;
        foreach (JsonProperty header in headers.EnumerateObject())
        {
            if (!header.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            if (header.Value.ValueKind == JsonValueKind.Array && header.Value.GetArrayLength() > 0) return header.Value[0].GetString();
            if (header.Value.ValueKind == JsonValueKind.String) return header.Value.GetString();
        }

        return null;
    }
}
