using System.Xml;

using Sitecast.Content;

namespace Sitecast.Feeds;

/// <summary>RSS 2.0 with the full post in content:encoded and a self link (atom:link), as validators recommend.</summary>
public static class RssFeedWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(BlogFeed feed) => FeedXml.Write(w =>
    {
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteAttributeString("xmlns", "atom", null, AtomNs);
        w.WriteAttributeString("xmlns", "content", null, ContentNs);
        w.WriteAttributeString("xmlns", "dc", null, DcNs);
        w.WriteStartElement("channel");
        FeedXml.Element(w, "title", feed.Title);
        FeedXml.Element(w, "link", feed.HomePageUrl);
        FeedXml.Element(w, "description", feed.Description.Length > 0 ? feed.Description : feed.Title);
        FeedXml.Element(w, "language", feed.Language);
        FeedXml.Element(w, "generator", "sitecast");
        if (feed.Entries.Count > 0) FeedXml.Element(w, "lastBuildDate", FeedDates.Rfc822(feed.Updated));
        w.WriteStartElement("atom", "link", AtomNs);
        FeedXml.Attribute(w, "href", feed.RssUrl);
        w.WriteAttributeString("rel", "self");
        w.WriteAttributeString("type", "application/rss+xml");
        w.WriteEndElement();

        foreach (FeedEntry entry in feed.Entries)
        {
            w.WriteStartElement("item");
            FeedXml.Element(w, "title", entry.Title);
            FeedXml.Element(w, "link", entry.Url);
            w.WriteStartElement("guid");
            w.WriteAttributeString("isPermaLink", "true");
            w.WriteString(XmlSafeText.Clean(entry.Url));
            w.WriteEndElement();
            FeedXml.Element(w, "pubDate", FeedDates.Rfc822(entry.Published));
            FeedXml.Element(w, "dc", "creator", DcNs, entry.AuthorName);
            foreach (string tag in entry.Tags) FeedXml.Element(w, "category", tag);
            FeedXml.Element(w, "description", entry.Summary);
            FeedXml.Element(w, "content", "encoded", ContentNs, entry.ContentHtml);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    });
}
