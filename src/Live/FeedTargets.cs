using System.Xml.Linq;
using Sitecast.Podcast;

namespace Sitecast.Live;

/// <summary>What a podcast feed points apps at: media files with their types, chapters, transcripts, and its GUIDs.</summary>
public sealed record FeedTargets(
    IReadOnlyList<(string Url, string Type)> Media,
    IReadOnlyList<string> Chapters,
    IReadOnlyList<(string Url, string Type)> Transcripts,
    IReadOnlyList<(string Guid, string Title)> Episodes)
{
    public static FeedTargets Of(XDocument feed)
    {
        XNamespace pod = FeedNamespaces.Podcast;
        var items = feed.Root?.Element("channel")?.Elements("item").ToList() ?? [];
        var media = new List<(string, string)>();
        foreach (XElement item in items)
        {
            if (item.Element("enclosure") is { } enclosure) media.Add(((string?)enclosure.Attribute("url") ?? "", (string?)enclosure.Attribute("type") ?? ""));
            foreach (XElement alternate in item.Elements(pod + "alternateEnclosure"))
            {
                foreach (XElement source in alternate.Elements(pod + "source"))
                    media.Add(((string?)source.Attribute("uri") ?? "", (string?)alternate.Attribute("type") ?? ""));
            }
        }

        foreach (XElement trailer in feed.Descendants(pod + "trailer"))
            media.Add(((string?)trailer.Attribute("url") ?? "", (string?)trailer.Attribute("type") ?? ""));

        return new FeedTargets(
            media.Where(m => m.Item1.Length > 0).Distinct().ToList(),
            items.Select(i => (string?)i.Element(pod + "chapters")?.Attribute("url")).OfType<string>().Distinct().ToList(),
            items.Elements(pod + "transcript").Select(t => ((string?)t.Attribute("url") ?? "", (string?)t.Attribute("type") ?? ""))
                .Where(t => t.Item1.Length > 0).Distinct().ToList(),
            items.Select(i => (i.Element("guid")?.Value.Trim() ?? "", i.Element("title")?.Value ?? "")).Where(e => e.Item1.Length > 0).ToList());
    }
}
