using System.Net;
using System.Xml;
using System.Xml.Linq;

namespace Sitecast.Podcast;

/// <summary>
/// Reads a published feed from a file or an http(s) URL. A download is bounded in time and size, so a server that
/// never answers cannot hold up a build; DTDs are ignored and nothing outside the feed is fetched.
/// </summary>
public static class FeedSource
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private const long MaxBytes = 64L * 1024 * 1024;

    public static bool IsUrl(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https";

    /// <summary>
    /// The feed's XML. Throws <see cref="FeedUnavailableException"/> when a URL cannot be fetched (no answer in time,
    /// no such host, an HTTP error), <see cref="XmlException"/> when the text is not XML, <see cref="IOException"/>
    /// when a file cannot be read.
    /// </summary>
    public static XDocument Load(string source, TimeSpan timeout)
    {
        if (!IsUrl(source))
        {
            using FileStream file = File.OpenRead(source);
            return Parse(file);
        }

        using var client = new HttpClient(new SocketsHttpHandler { ConnectTimeout = timeout, AutomaticDecompression = DecompressionMethods.All })
        {
            Timeout = timeout,
            MaxResponseContentBufferSize = MaxBytes,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("sitecast");
        try
        {
            using HttpResponseMessage response = client.Send(new HttpRequestMessage(HttpMethod.Get, source), HttpCompletionOption.ResponseContentRead);
            if (!response.IsSuccessStatusCode)
                throw new FeedUnavailableException($"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            using Stream body = response.Content.ReadAsStream();
            return Parse(body);
        }
        catch (TaskCanceledException)
        {
            throw new FeedUnavailableException($"no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            throw new FeedUnavailableException(e.InnerException?.Message ?? e.Message);
        }
    }

    private static XDocument Parse(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = MaxBytes };
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader);
    }
}
