using System.Globalization;
using System.Xml;
using Sitecast.Templates;

namespace Sitecast.Podcast;

/// <summary>
/// The Podcasting 2.0 elements that help apps and directories show and find the podcast: location, trailer,
/// podroll, txt, updateFrequency and images in the channel; soundbite, location, socialInteract and images in items.
/// Values were checked when read (<see cref="PodcastTagChecks"/>).
/// </summary>
internal static class ReachElements
{
    private const string Ns = FeedNamespaces.Podcast;

    public static void Channel(XmlWriter xml, PodcastChannel channel, IReadOnlyList<Episode> episodes, SiteUrls urls)
    {
        PodcastConfig config = channel.Config;
        if (config.Location is { } location) Location(xml, location);
        foreach (ChannelTrailer trailer in channel.Trailers)
        {
            xml.WriteStartElement("podcast", "trailer", Ns);
            Attr(xml, "url", trailer.Url);
            Attr(xml, "pubdate", Feeds.FeedDates.Rfc822(trailer.Date));
            Attr(xml, "length", trailer.Length.ToString(CultureInfo.InvariantCulture));
            Attr(xml, "type", trailer.MimeType);
            if (trailer.Season is { } season) Attr(xml, "season", season.ToString(CultureInfo.InvariantCulture));
            xml.WriteString(Content.XmlSafeText.Clean(trailer.Title));
            xml.WriteEndElement();
        }

        if (config.Podroll.Count > 0)
        {
            xml.WriteStartElement("podcast", "podroll", Ns);
            foreach (PodrollEntry entry in config.Podroll)
            {
                xml.WriteStartElement("podcast", "remoteItem", Ns);
                Attr(xml, "feedGuid", entry.FeedGuid.Trim());
                if (entry.FeedUrl is { } url) Attr(xml, "feedUrl", url);
                if (entry.Title is { } title) Attr(xml, "title", title);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        foreach (PodcastTxt txt in config.Txt)
        {
            xml.WriteStartElement("podcast", "txt", Ns);
            if (txt.Purpose is { } purpose) Attr(xml, "purpose", purpose);
            xml.WriteString(Content.XmlSafeText.Clean(txt.Text));
            xml.WriteEndElement();
        }

        if (channel.Frequency is { } frequency)
        {
            xml.WriteStartElement("podcast", "updateFrequency", Ns);
            if (frequency.Complete) Attr(xml, "complete", "true");
            // The schedule starts with the first episode unless podcast.yml says otherwise.
            string? start = frequency.Dtstart ?? (episodes.Count > 0 ? Content.DateFormatter.Iso(episodes.Min(e => e.Date)) : null);
            if (start is not null && frequency.Rrule is not null) Attr(xml, "dtstart", start);
            if (frequency.Rrule is { } rrule) Attr(xml, "rrule", rrule);
            xml.WriteString(Content.XmlSafeText.Clean(frequency.Text ?? ""));
            xml.WriteEndElement();
        }

        Images(xml, channel.Cover, urls);
    }

    public static void Item(XmlWriter xml, PodcastChannel channel, Episode episode, SiteUrls urls)
    {
        foreach (Soundbite soundbite in episode.Soundbites)
        {
            xml.WriteStartElement("podcast", "soundbite", Ns);
            Attr(xml, "startTime", EpisodeTimes.Seconds(soundbite.Start));
            Attr(xml, "duration", EpisodeTimes.Seconds(soundbite.Duration));
            xml.WriteString(Content.XmlSafeText.Clean(soundbite.Title));
            xml.WriteEndElement();
        }

        if (episode.Location is { } location) Location(xml, location);
        foreach (SocialInteract social in episode.SocialInteracts)
        {
            xml.WriteStartElement("podcast", "socialInteract", Ns);
            Attr(xml, "protocol", social.Protocol);
            if (social.Uri is { } uri) Attr(xml, "uri", uri);
            if (social.AccountId is { } account) Attr(xml, "accountId", account);
            if (social.AccountUrl is { } accountUrl) Attr(xml, "accountUrl", accountUrl);
            if (social.Priority is { } priority) Attr(xml, "priority", priority.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        // The channel's sizes stand for every episode without a cover of its own.
        if (episode.Cover != channel.Cover) Images(xml, episode.Cover, urls);
    }

    private static void Location(XmlWriter xml, PodcastLocation location)
    {
        xml.WriteStartElement("podcast", "location", Ns);
        if (location.Rel is { } rel) Attr(xml, "rel", rel);
        if (location.Geo is { } geo) Attr(xml, "geo", geo);
        if (location.Osm is { } osm) Attr(xml, "osm", osm);
        if (location.Country is { } country) Attr(xml, "country", country);
        xml.WriteString(Content.XmlSafeText.Clean(location.Name));
        xml.WriteEndElement();
    }

    /// <summary>podcast:images: every size the build made of the cover, largest first, as an HTML srcset.</summary>
    private static void Images(XmlWriter xml, CoverImage cover, SiteUrls urls)
    {
        string srcset = string.Join(", ", cover.UrlsBySize.OrderByDescending(p => p.Key)
            .Select(p => urls.Absolute(p.Value) + " " + p.Key.ToString(CultureInfo.InvariantCulture) + "w"));
        xml.WriteStartElement("podcast", "images", Ns);
        Attr(xml, "srcset", srcset);
        xml.WriteEndElement();
    }

    private static void Attr(XmlWriter xml, string name, string value) => PodcastFeedWriter.Attribute(xml, name, value);
}
