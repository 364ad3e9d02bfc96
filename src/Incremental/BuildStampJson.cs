using System.Text.Json;
using Sitecast.Build;
using Sitecast.Diagnostics;

namespace Sitecast.Incremental;

/// <summary>
/// Reads and writes <see cref="BuildStamp"/> by hand with JsonDocument and Utf8JsonWriter: a no-change build
/// reads one stamp and stops, and the serializer's start-up would cost more than the rest of that build.
/// </summary>
public static class BuildStampJson
{
    private const int Format = 1;

    public static byte[] Write(BuildStamp stamp)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteString("input", stamp.InputFingerprint);
            json.WriteString("output", stamp.OutputFingerprint);
            json.WriteString("timeZone", stamp.TimeZone);
            json.WriteString("builtAt", stamp.BuiltAt);
            if (stamp.ValidFrom is { } from) json.WriteString("validFrom", from);
            if (stamp.ValidUntil is { } until) json.WriteString("validUntil", until);
            json.WriteStartArray("dates");
            foreach (string date in stamp.ContentDates) json.WriteStringValue(date);
            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (Diagnostic diagnostic in stamp.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("severity", diagnostic.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("path", diagnostic.Location.Path);
                json.WriteNumber("line", diagnostic.Location.Line);
                json.WriteNumber("column", diagnostic.Location.Column);
                json.WriteString("message", diagnostic.Message);
                if (diagnostic.Hint is not null) json.WriteString("hint", diagnostic.Hint);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The stamp, or null when the bytes are not a stamp of this format (a damaged file is a miss).</summary>
    public static BuildStamp? Read(byte[] bytes)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(bytes);
            JsonElement root = document.RootElement;
            if (root.GetProperty("format").GetInt32() != Format) return null;
            var diagnostics = root.GetProperty("diagnostics").EnumerateArray().Select(d => new Diagnostic(
                d.GetProperty("severity").GetString() == "error" ? Severity.Error : Severity.Warning,
                new SourceLocation(d.GetProperty("path").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()),
                d.GetProperty("message").GetString()!,
                d.TryGetProperty("hint", out JsonElement hint) ? hint.GetString() : null)).ToList();
            return new BuildStamp(
                root.GetProperty("input").GetString()!,
                root.GetProperty("output").GetString()!,
                root.GetProperty("timeZone").GetString()!,
                root.GetProperty("builtAt").GetDateTimeOffset(),
                root.TryGetProperty("validFrom", out JsonElement from) ? from.GetDateTimeOffset() : null,
                root.TryGetProperty("validUntil", out JsonElement until) ? until.GetDateTimeOffset() : null,
                root.GetProperty("dates").EnumerateArray().Select(d => d.GetString()!).ToList(),
                diagnostics);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
