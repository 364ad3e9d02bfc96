using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitecast.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1): fixed key order, "\n", letters such as ä kept readable.</summary>
public static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static byte[] Write(BlogFeed feed)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartObject();
            w.WriteString("version", Version);
            w.WriteString("title", feed.Title);
            w.WriteString("home_page_url", feed.HomePageUrl);
            w.WriteString("feed_url", feed.JsonUrl);
            if (feed.Description.Length > 0) w.WriteString("description", feed.Description);
            w.WriteString("language", feed.Language);
            w.WriteStartArray("authors");
            w.WriteStartObject();
            w.WriteString("name", feed.Title);
            w.WriteEndObject();
            w.WriteEndArray();

            w.WriteStartArray("items");
            foreach (FeedEntry entry in feed.Entries)
            {
                w.WriteStartObject();
                w.WriteString("id", entry.Url);
                w.WriteString("url", entry.Url);
                w.WriteString("title", entry.Title);
                w.WriteString("content_html", entry.ContentHtml);
                if (entry.Summary is not null) w.WriteString("summary", entry.Summary);
                if (entry.ImageUrl is not null) w.WriteString("image", entry.ImageUrl);
                w.WriteString("date_published", FeedDates.Rfc3339(entry.Published));
                if (entry.AuthorName is not null)
                {
                    w.WriteStartArray("authors");
                    w.WriteStartObject();
                    w.WriteString("name", entry.AuthorName);
                    if (entry.AuthorUrl is not null) w.WriteString("url", entry.AuthorUrl);
                    w.WriteEndObject();
                    w.WriteEndArray();
                }

                if (entry.Tags.Count > 0)
                {
                    w.WriteStartArray("tags");
                    foreach (string tag in entry.Tags) w.WriteStringValue(tag);
                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
