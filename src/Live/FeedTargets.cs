using System.Xml.Linq;
using Sitecast.Podcast;

namespace Sitecast.Live;

/// <summary>What a podcast feed points apps at: media files with their types, chapters, transcripts, and its GUIDs.</summary>
public sealed record FeedTargets(
    IReadOnlyList<(string Url, string Type, long? Length)> Media,
    IReadOnlyList<string> Chapters,
    IReadOnlyList<(string Url, string Type)> Transcripts,
    IReadOnlyList<(string Guid, string Title)> Episodes)
{
    public static FeedTargets Of(XDocument feed)
    {
        XNamespace pod = FeedNamespaces.Podcast;
        var items = feed.Root?.Element("channel")?.Elements("item").ToList() ?? [];
        var media = new List<(string, string, long?)>();
        void Add(XElement element, string urlAttribute, XElement typed) =>
            media.Add(((string?)element.Attribute(urlAttribute) ?? "", (string?)typed.Attribute("type") ?? "",
                long.TryParse((string?)typed.Attribute("length"), out long length) ? length : null));
        foreach (XElement item in items)
        {
            if (item.Element("enclosure") is { } enclosure) Add(enclosure, "url", enclosure);
            foreach (XElement alternate in item.Elements(pod + "alternateEnclosure"))
            {
                foreach (XElement source in alternate.Elements(pod + "source")) Add(source, "uri", alternate);
            }
        }

        foreach (XElement trailer in feed.Descendants(pod + "trailer")) Add(trailer, "url", trailer);

        return new FeedTargets(
            media.Where(m => m.Item1.Length > 0).Distinct().ToList(),
            items.Select(i => (string?)i.Element(pod + "chapters")?.Attribute("url")).OfType<string>().Distinct().ToList(),
            items.Elements(pod + "transcript").Select(t => ((string?)t.Attribute("url") ?? "", (string?)t.Attribute("type") ?? ""))
                .Where(t => t.Item1.Length > 0).Distinct().ToList(),
            items.Select(i => (PreviousFeed.GuidOf(i), i.Element("title")?.Value ?? "")).Where(e => e.Item1.Length > 0).ToList());
    }
}
