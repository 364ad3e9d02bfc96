using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitecast.Engine;

namespace Sitecast.Discovery;

/// <summary>
/// schema.org data as JSON-LD for a &lt;script type="application/ld+json"&gt; element. Every "&lt;" is written
/// as \u003c, so no text in the data (a title with "&lt;/script&gt;") can end the element early. Properties
/// without a value are left out instead of being written as null.
/// </summary>
/// <remarks>
/// Written straight with a JSON writer: a post page's data used to be a tree of JSON nodes made and serialised
/// for every post of every build, and the episodes' went through the reflection-based serialiser, whose set-up
/// alone compiled some 250 methods at run time.
/// </remarks>
public static class JsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string WebSite(string name, string? description, string url, string language) => Write(json =>
    {
        Type(json, "WebSite");
        Text(json, "name", name);
        Text(json, "description", description);
        Text(json, "url", url);
        Text(json, "inLanguage", language);
    });

    public static string BlogPosting(string headline, string? description, string url, string published, string? image,
        string? authorName, string? authorUrl, string publisher, string publisherUrl, IReadOnlyList<string> keywords, string language) =>
        Write(json =>
        {
            Type(json, "BlogPosting");
            Text(json, "headline", headline);
            Text(json, "description", description);
            Text(json, "url", url);
            Text(json, "mainEntityOfPage", url);
            Text(json, "datePublished", published);
            Text(json, "dateModified", published);
            Text(json, "image", image);
            json.WriteStartObject("author");
            if (authorName is null)
            {
                Organization(json, publisher, publisherUrl);
            }
            else
            {
                json.WriteString("@type", "Person");
                Text(json, "name", authorName);
                Text(json, "url", authorUrl);
            }

            json.WriteEndObject();
            json.WriteStartObject("publisher");
            Organization(json, publisher, publisherUrl);
            json.WriteEndObject();
            Text(json, "keywords", keywords.Count > 0 ? string.Join(", ", keywords) : null);
            Text(json, "inLanguage", language);
        });

    /// <summary>A podcast, on its own page or as the series an episode is part of.</summary>
    public sealed record Series(string Name, string Url, string? Description, string FeedUrl, string Image, string Language, string? Author);

    public static string PodcastSeries(Series series) => Write(json => WriteSeries(json, series));

    public static string PodcastEpisode(string name, string url, string published, string? description, string duration, string image,
        string audioUrl, string audioType, long audioSize, int? number, Series series) => Write(json =>
    {
        Type(json, "PodcastEpisode");
        Text(json, "name", name);
        Text(json, "url", url);
        Text(json, "datePublished", published);
        Text(json, "description", description);
        Text(json, "timeRequired", duration);
        Text(json, "image", image);
        json.WriteStartObject("associatedMedia");
        json.WriteString("@type", "MediaObject");
        Text(json, "contentUrl", audioUrl);
        Text(json, "encodingFormat", audioType);
        json.WriteNumber("contentSize", audioSize);
        Text(json, "duration", duration);
        json.WriteEndObject();
        json.WriteStartObject("partOfSeries");
        WriteSeries(json, series, context: false);
        json.WriteEndObject();
        if (number is { } episode) json.WriteNumber("episodeNumber", episode);
    });

    private static void WriteSeries(Utf8JsonWriter json, Series series, bool context = true)
    {
        if (context) Type(json, "PodcastSeries");
        else json.WriteString("@type", "PodcastSeries");
        Text(json, "name", series.Name);
        Text(json, "url", series.Url);
        Text(json, "description", series.Description);
        Text(json, "webFeed", series.FeedUrl);
        Text(json, "image", series.Image);
        Text(json, "inLanguage", series.Language);
        if (series.Author is { } author)
        {
            json.WriteStartObject("author");
            json.WriteString("@type", "Organization");
            Text(json, "name", author);
            json.WriteEndObject();
        }
    }

    private static void Organization(Utf8JsonWriter json, string name, string url)
    {
        json.WriteString("@type", "Organization");
        Text(json, "name", name);
        Text(json, "url", url);
    }

    private static void Type(Utf8JsonWriter json, string type)
    {
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", type);
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static string Write(Action<Utf8JsonWriter> properties)
    {
        using var buffer = new PooledBuffer(2048);
        using (var json = new Utf8JsonWriter((IBufferWriter<byte>)buffer, Options))
        {
            json.WriteStartObject();
            properties(json);
            json.WriteEndObject();
        }

        // Outside strings JSON has no "<", so replacing it everywhere only touches string content.
        return Encoding.UTF8.GetString(buffer.WrittenSpan).Replace("<", "\\u003c", StringComparison.Ordinal);
    }
}
