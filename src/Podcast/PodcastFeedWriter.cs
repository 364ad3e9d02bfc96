using System.Globalization;
using System.Text;
using System.Xml;
using Sitecast.Audio;
using Sitecast.Templates;

using Sitecast.Content;

namespace Sitecast.Podcast;

/// <summary>
/// Writes site/podcast/feed.xml: RSS 2.0 with the itunes, podcast (Podcasting 2.0), content, atom and psc
/// namespaces. XmlWriter, not a template, so every value is escaped by construction; text first passes
/// <see cref="XmlSafeText.Clean"/> to drop characters XML 1.0 cannot carry at all.
/// </summary>
public static class PodcastFeedWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Write(PodcastChannel channel, IReadOnlyList<Episode> episodes, SiteUrls urls)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = Utf8,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var buffer = new MemoryStream();
        using (XmlWriter xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "itunes", null, FeedNamespaces.Itunes);
            xml.WriteAttributeString("xmlns", "podcast", null, FeedNamespaces.Podcast);
            xml.WriteAttributeString("xmlns", "content", null, FeedNamespaces.Content);
            xml.WriteAttributeString("xmlns", "atom", null, FeedNamespaces.Atom);
            xml.WriteAttributeString("xmlns", "psc", null, FeedNamespaces.Psc);
            xml.WriteStartElement("channel");
            WriteChannel(xml, channel, episodes, urls);
            // One link rewriter for the feed: its HTML parser takes longer to make than a show note to parse.
            var links = new Feeds.AbsoluteLinks(urls);
            foreach (Episode episode in episodes) WriteItem(xml, channel, episode, urls, links);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteChannel(XmlWriter xml, PodcastChannel channel, IReadOnlyList<Episode> episodes, SiteUrls urls)
    {
        PodcastConfig config = channel.Config;
        Text(xml, "title", config.Title);
        Text(xml, "link", channel.Link);
        Text(xml, "description", config.Description);
        Text(xml, "language", channel.Language);
        if (config.Copyright is { } copyright) Text(xml, "copyright", copyright);
        if (episodes.Count > 0) Text(xml, "lastBuildDate", Feeds.FeedDates.Rfc822(episodes.Max(e => e.Date)));
        Text(xml, "generator", "sitecast");

        xml.WriteStartElement("atom", "link", FeedNamespaces.Atom);
        xml.WriteAttributeString("href", channel.FeedUrl);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        if (config.HubUrl is { } hub)
        {
            // WebSub: subscribers learn of a new episode from the hub, which `sitecast notify` tells.
            xml.WriteStartElement("atom", "link", FeedNamespaces.Atom);
            Attribute(xml, "href", hub);
            Attribute(xml, "rel", "hub");
            xml.WriteEndElement();
        }

        // The RSS image element, for readers that know no itunes:image.
        xml.WriteStartElement("image");
        Text(xml, "url", urls.Absolute(channel.Cover.Feed));
        Text(xml, "title", config.Title);
        Text(xml, "link", channel.Link);
        xml.WriteEndElement();

        if (config.Author is { } author) Text(xml, "itunes", "author", FeedNamespaces.Itunes, author);
        if (config.Owner is { } owner)
        {
            xml.WriteStartElement("itunes", "owner", FeedNamespaces.Itunes);
            Text(xml, "itunes", "name", FeedNamespaces.Itunes, owner.Name);
            Text(xml, "itunes", "email", FeedNamespaces.Itunes, owner.Email);
            xml.WriteEndElement();
        }

        Image(xml, urls.Absolute(channel.Cover.Feed));
        xml.WriteStartElement("itunes", "category", FeedNamespaces.Itunes);
        Attribute(xml, "text", config.Category);
        if (config.Subcategory is { } sub)
        {
            xml.WriteStartElement("itunes", "category", FeedNamespaces.Itunes);
            Attribute(xml, "text", sub);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        Text(xml, "itunes", "explicit", FeedNamespaces.Itunes, config.Explicit ? "true" : "false");
        Text(xml, "itunes", "type", FeedNamespaces.Itunes, config.Type);
        if (config.NewFeedUrl is { } moved) Text(xml, "itunes", "new-feed-url", FeedNamespaces.Itunes, moved);

        Text(xml, "podcast", "guid", FeedNamespaces.Podcast, channel.PodcastGuid);
        xml.WriteStartElement("podcast", "locked", FeedNamespaces.Podcast);
        if (config.Owner?.Email is { Length: > 0 } email) Attribute(xml, "owner", email);
        xml.WriteString(config.Locked ? "yes" : "no");
        xml.WriteEndElement();
        foreach (PodcastFunding funding in config.Funding)
        {
            xml.WriteStartElement("podcast", "funding", FeedNamespaces.Podcast);
            Attribute(xml, "url", funding.Url);
            xml.WriteString(XmlSafeText.Clean(funding.Text));
            xml.WriteEndElement();
        }

        Text(xml, "podcast", "medium", FeedNamespaces.Podcast, config.Medium);
        if (config.License is { } license) Text(xml, "podcast", "license", FeedNamespaces.Podcast, license);
        foreach (PodcastPerson person in config.Persons) Person(xml, person);
        ReachElements.Channel(xml, channel, episodes, urls);
    }

    private static void WriteItem(XmlWriter xml, PodcastChannel channel, Episode episode, SiteUrls urls, Feeds.AbsoluteLinks links)
    {
        xml.WriteStartElement("item");
        Text(xml, "title", episode.Title);
        Text(xml, "link", urls.Absolute(episode.Url));
        Text(xml, "description", episode.Description ?? episode.Title);
        // Podcast apps have no page to resolve the show notes' links and images against: make them absolute.
        string html = episode.ShowNotesHtml.Length > 0
            ? links.Rewrite(episode.ShowNotesHtml, episode.Url)
            : "<p>" + System.Net.WebUtility.HtmlEncode(episode.Description ?? episode.Title) + "</p>";
        xml.WriteStartElement("content", "encoded", FeedNamespaces.Content);
        CData(xml, html);
        xml.WriteEndElement();

        xml.WriteStartElement("enclosure");
        Attribute(xml, "url", episode.AudioUrl);
        Attribute(xml, "length", episode.Audio.SizeBytes.ToString(CultureInfo.InvariantCulture));
        Attribute(xml, "type", episode.Audio.MimeType);
        xml.WriteEndElement();

        xml.WriteStartElement("guid");
        Attribute(xml, "isPermaLink", "false");
        xml.WriteString(XmlSafeText.Clean(episode.Guid));
        xml.WriteEndElement();
        Text(xml, "pubDate", Feeds.FeedDates.Rfc822(episode.Date));

        string seconds = ((long)Math.Round(episode.Audio.Duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        Text(xml, "itunes", "duration", FeedNamespaces.Itunes, seconds);
        if (episode.Number is { } number) Text(xml, "itunes", "episode", FeedNamespaces.Itunes, Number(number));
        if (episode.Season is { } season) Text(xml, "itunes", "season", FeedNamespaces.Itunes, Number(season));
        Text(xml, "itunes", "episodeType", FeedNamespaces.Itunes, episode.EpisodeType);
        Text(xml, "itunes", "explicit", FeedNamespaces.Itunes, episode.Explicit ? "true" : "false");
        Image(xml, urls.Absolute(episode.Cover.Feed));

        if (episode.Season is { } podcastSeason) Text(xml, "podcast", "season", FeedNamespaces.Podcast, Number(podcastSeason));
        if (episode.Number is { } podcastEpisode) Text(xml, "podcast", "episode", FeedNamespaces.Podcast, Number(podcastEpisode));
        if (episode.Transcript is { } transcript)
        {
            xml.WriteStartElement("podcast", "transcript", FeedNamespaces.Podcast);
            Attribute(xml, "url", urls.Absolute(episode.TranscriptUrl!));
            Attribute(xml, "type", transcript.MimeType);
            Attribute(xml, "language", channel.Language);
            Attribute(xml, "rel", "captions");
            xml.WriteEndElement();
        }

        if (episode.Chapters.Count > 0)
        {
            xml.WriteStartElement("podcast", "chapters", FeedNamespaces.Podcast);
            Attribute(xml, "url", urls.Absolute(episode.ChaptersUrl));
            Attribute(xml, "type", ChaptersJson.MimeType);
            xml.WriteEndElement();

            xml.WriteStartElement("psc", "chapters", FeedNamespaces.Psc);
            Attribute(xml, "version", "1.2");
            foreach (Chapter chapter in episode.Chapters.OrderBy(c => c.Start))
            {
                xml.WriteStartElement("psc", "chapter", FeedNamespaces.Psc);
                Attribute(xml, "start", EpisodeTimes.NormalPlayTime(chapter.Start));
                Attribute(xml, "title", chapter.Title);
                if (chapter.Url is { } href) Attribute(xml, "href", href);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        foreach (PodcastPerson person in episode.Persons) Person(xml, person);
        ReachElements.Item(xml, channel, episode, urls);

        // The audio's hash, as Podcasting 2.0 lets a feed state it; the next build recognises a renamed file by it.
        AlternateEnclosure(xml, episode.Audio.MimeType, episode.Audio.SizeBytes,
            AlternateAudio.BitrateOf(episode.Audio.SizeBytes, episode.Audio.Duration), episode.AudioUrl, episode.Integrity, null, true);
        foreach (AlternateAudio alternate in episode.Alternates)
            AlternateEnclosure(xml, alternate.MimeType, alternate.SizeBytes, alternate.Bitrate, alternate.Url, alternate.Integrity, alternate.Codecs, false);

        xml.WriteEndElement();
    }

    private static void AlternateEnclosure(XmlWriter xml, string type, long length, long bitrate, string url, string integrity, string? codecs,
        bool isDefault)
    {
        xml.WriteStartElement("podcast", "alternateEnclosure", FeedNamespaces.Podcast);
        Attribute(xml, "type", type);
        Attribute(xml, "length", length.ToString(CultureInfo.InvariantCulture));
        if (bitrate > 0) Attribute(xml, "bitrate", bitrate.ToString(CultureInfo.InvariantCulture));
        if (codecs is not null) Attribute(xml, "codecs", codecs);
        if (isDefault) Attribute(xml, "default", "true");
        xml.WriteStartElement("podcast", "source", FeedNamespaces.Podcast);
        Attribute(xml, "uri", url);
        xml.WriteEndElement();
        xml.WriteStartElement("podcast", "integrity", FeedNamespaces.Podcast);
        Attribute(xml, "type", "sri");
        Attribute(xml, "value", integrity);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Person(XmlWriter xml, PodcastPerson person)
    {
        xml.WriteStartElement("podcast", "person", FeedNamespaces.Podcast);
        Attribute(xml, "role", person.Role);
        Attribute(xml, "group", person.Group);
        if (person.Href is { } href) Attribute(xml, "href", href);
        if (person.Img is { } img) Attribute(xml, "img", img);
        xml.WriteString(XmlSafeText.Clean(person.Name));
        xml.WriteEndElement();
    }

    private static void Image(XmlWriter xml, string url)
    {
        xml.WriteStartElement("itunes", "image", FeedNamespaces.Itunes);
        Attribute(xml, "href", url);
        xml.WriteEndElement();
    }

    /// <summary>HTML in CDATA; a "]]&gt;" inside would end the section, so it is split across two sections.</summary>
    private static void CData(XmlWriter xml, string html)
    {
        string[] parts = XmlSafeText.Clean(html).Split("]]>");
        for (int i = 0; i < parts.Length; i++)
        {
            string part = (i > 0 ? ">" : "") + parts[i] + (i < parts.Length - 1 ? "]]" : "");
            xml.WriteCData(part);
        }
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static void Text(XmlWriter xml, string name, string value) => xml.WriteElementString(name, XmlSafeText.Clean(value));

    private static void Text(XmlWriter xml, string prefix, string name, string ns, string value)
    {
        xml.WriteStartElement(prefix, name, ns);
        xml.WriteString(XmlSafeText.Clean(value));
        xml.WriteEndElement();
    }

    internal static void Attribute(XmlWriter xml, string name, string value) => xml.WriteAttributeString(name, XmlSafeText.Clean(value));
}
