using System.Xml;
using Sitecast.Content;

namespace Sitecast.Feeds;

/// <summary>Atom (RFC 4287). Each entry's id is its permanent URL; the feed's author is the site when a post names none.</summary>
public static class AtomFeedWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static byte[] Write(BlogFeed feed) => FeedXml.Write(w =>
    {
        w.WriteStartElement("feed", Ns);
        w.WriteAttributeString("xml", "lang", null, feed.Language);
        FeedXml.Element(w, "title", feed.Title);
        if (feed.Description.Length > 0) FeedXml.Element(w, "subtitle", feed.Description);
        Link(w, "alternate", "text/html", feed.HomePageUrl);
        Link(w, "self", "application/atom+xml", feed.AtomUrl);
        FeedXml.Element(w, "id", feed.HomePageUrl);
        FeedXml.Element(w, "updated", FeedDates.Rfc3339(feed.Updated));
        FeedXml.Element(w, "generator", "sitecast");
        Author(w, feed.Title, null);

        foreach (FeedEntry entry in feed.Entries)
        {
            w.WriteStartElement("entry");
            FeedXml.Element(w, "title", entry.Title);
            Link(w, "alternate", "text/html", entry.Url);
            FeedXml.Element(w, "id", entry.Url);
            FeedXml.Element(w, "published", FeedDates.Rfc3339(entry.Published));
            FeedXml.Element(w, "updated", FeedDates.Rfc3339(entry.Published));
            if (entry.AuthorName is not null) Author(w, entry.AuthorName, entry.AuthorUrl);
            foreach (string tag in entry.Tags)
            {
                w.WriteStartElement("category");
                FeedXml.Attribute(w, "term", Slug.From(tag));
                FeedXml.Attribute(w, "label", tag);
                w.WriteEndElement();
            }

            if (entry.Summary is not null)
            {
                w.WriteStartElement("summary");
                w.WriteAttributeString("type", "text");
                w.WriteString(XmlSafeText.Clean(entry.Summary));
                w.WriteEndElement();
            }

            w.WriteStartElement("content");
            w.WriteAttributeString("type", "html");
            w.WriteString(XmlSafeText.Clean(entry.ContentHtml));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    private static void Link(XmlWriter w, string rel, string type, string href)
    {
        w.WriteStartElement("link");
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        FeedXml.Attribute(w, "href", href);
        w.WriteEndElement();
    }

    private static void Author(XmlWriter w, string name, string? uri)
    {
        w.WriteStartElement("author");
        FeedXml.Element(w, "name", name);
        FeedXml.Element(w, "uri", uri);
        w.WriteEndElement();
    }
}
