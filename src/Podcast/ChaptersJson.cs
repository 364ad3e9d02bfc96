using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitecast.Audio;
using Sitecast.Diagnostics;

namespace Sitecast.Podcast;

/// <summary>JSON Chapters 1.2 (Podcasting 2.0): read from a &lt;stem&gt;.chapters.json sidecar, written per episode.</summary>
public static class ChaptersJson
{
    public const string MimeType = "application/json+chapters";

    /// <summary>The chapters of a sidecar, sorted by start; errors name the file and line.</summary>
    public static IReadOnlyList<Chapter> Read(string text, string displayPath)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ContentException(new SourceLocation(displayPath, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1),
                $"invalid JSON: {e.Message.Split(" Path:")[0]}", "see the JSON Chapters format: {\"version\": \"1.2.0\", \"chapters\": [{\"startTime\": 0, \"title\": \"…\"}]}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object ||
                !document.RootElement.TryGetProperty("chapters", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
                throw new ContentException(new SourceLocation(displayPath, 1, 1), "the file has no \"chapters\" list",
                    "write {\"version\": \"1.2.0\", \"chapters\": [{\"startTime\": 0, \"title\": \"Intro\"}]}");

            var chapters = new List<Chapter>();
            int index = 0;
            foreach (JsonElement item in list.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("startTime", out JsonElement start) ||
                    start.ValueKind != JsonValueKind.Number || start.GetDouble() < 0)
                    throw new ContentException(new SourceLocation(displayPath), $"chapter {index} has no valid \"startTime\" (seconds)",
                        "give every chapter a number of seconds, e.g. \"startTime\": 62.5");
                string title = item.TryGetProperty("title", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
                string? url = item.TryGetProperty("url", out JsonElement u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
                chapters.Add(new Chapter(TimeSpan.FromSeconds(start.GetDouble()), title, url));
            }

            return chapters.OrderBy(c => c.Start).ToList();
        }
    }

    /// <summary>The JSON chapters file of an episode.</summary>
    public static string Write(IReadOnlyList<Chapter> chapters, string episodeTitle, string podcastName)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("version", "1.2.0");
            json.WriteString("title", episodeTitle);
            json.WriteString("podcastName", podcastName);
            json.WriteStartArray("chapters");
            foreach (Chapter chapter in chapters.OrderBy(c => c.Start))
            {
                json.WriteStartObject();
                json.WriteNumber("startTime", Math.Round(chapter.Start.TotalSeconds, 3));
                json.WriteString("title", chapter.Title);
                if (chapter.Url is not null) json.WriteString("url", chapter.Url);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
