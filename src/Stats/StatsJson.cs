using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitecast.Stats;

/// <summary>stats.json: the report's numbers for programs. Names no list knew are null.</summary>
public static class StatsJson
{
    public static byte[] Write(StatsFigures figures, string podcastTitle)
    {
        using var stream = new MemoryStream();
        // Umlauts stay readable: the file is read as JSON only, never pasted into a page.
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("podcast", podcastTitle);
            json.WriteString("method", "IAB Podcast Measurement Technical Guidelines v2.2: GET with status 200 or 206, bots removed (OPAWG list), " +
                                       "one download per listener and episode in 24 hours once a minute of audio (or the whole file) was served");
            json.WriteStartObject("period");
            WriteDay(json, "from", figures.From);
            WriteDay(json, "to", figures.To);
            json.WriteEndObject();
            json.WriteNumber("downloads", figures.TotalDownloads);

            json.WriteStartArray("episodes");
            foreach (EpisodeFigures e in figures.Episodes)
            {
                json.WriteStartObject();
                json.WriteString("title", e.Title);
                json.WriteString("url", e.PageUrl);
                json.WriteString("released", Day(e.Released));
                json.WriteNumber("downloads", e.Downloads);
                json.WriteStartArray("launchDays");
                foreach (int count in e.Launch) json.WriteNumberValue(count);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Counts(json, "apps", "type", figures.Apps);
            Counts(json, "devices", "category", figures.Devices);

            json.WriteStartArray("days");
            foreach (var (day, downloads) in figures.Days)
            {
                json.WriteStartObject();
                json.WriteString("day", Day(day));
                json.WriteNumber("downloads", downloads);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("subscribers");
            json.WriteNumber("feedDays", figures.FeedDays);
            json.WriteStartArray("apps");
            foreach (FeedApp app in figures.FeedApps)
            {
                json.WriteStartObject();
                WriteName(json, app.Name);
                json.WriteNumber("averagePerDay", app.AveragePerDay);
                json.WriteNumber("mostInADay", app.MostInADay);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartObject("logs");
            json.WriteNumber("lines", figures.LinesRead);
            json.WriteNumber("requests", figures.Requests);
            json.WriteNumber("duplicates", figures.Duplicates);
            json.WriteNumber("botRequests", figures.BotRequests);
            json.WriteNumber("unreadable", figures.Problems);
            json.WriteStartArray("firstUnreadable");
            foreach (LogProblem problem in figures.FirstProblems)
            {
                json.WriteStartObject();
                json.WriteString("file", problem.File);
                json.WriteNumber("line", problem.Line);
                json.WriteString("reason", problem.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Counts(Utf8JsonWriter json, string name, string detail, IReadOnlyList<NamedCount> counts)
    {
        json.WriteStartArray(name);
        foreach (NamedCount count in counts)
        {
            json.WriteStartObject();
            WriteName(json, count.Name);
            if (count.Kind.Length == 0) json.WriteNull(detail);
            else json.WriteString(detail, count.Kind);
            json.WriteNumber("downloads", count.Downloads);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteName(Utf8JsonWriter json, string name)
    {
        if (name.Length == 0) json.WriteNull("name");
        else json.WriteString("name", name);
    }

    private static void WriteDay(Utf8JsonWriter json, string name, DateOnly? day)
    {
        if (day is { } d) json.WriteString(name, Day(d));
        else json.WriteNull(name);
    }

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
