using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Sitecast.Audio;
using Sitecast.Feeds;
using Sitecast.Podcast;
using Sitecast.Templates;
using Xunit;

namespace Sitecast.Tests.Robust;

/// <summary>
/// Property tests: thousands of hostile strings in every text field of the podcast feed and the blog feeds. Each
/// feed must be well-formed XML for a reader with default settings (which also rejects forbidden characters sent
/// as character references), and every field must read back as its input minus what XML 1.0 cannot carry.
/// </summary>
public sealed class FeedIntegrityTests
{
    private const int Seed = 20261128;
    private const int Cases = 2000;

    private static readonly XNamespace Itunes = FeedNamespaces.Itunes;
    private static readonly XNamespace Pod = FeedNamespaces.Podcast;
    private static readonly XNamespace Content = FeedNamespaces.Content;
    private static readonly XNamespace Psc = FeedNamespaces.Psc;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly SiteUrls Urls = new("https://example.org/");

    [Fact]
    public void Every_podcast_feed_field_survives_any_text()
    {
        var text = new HostileText(Seed);
        for (int run = 0; run < Cases; run++)
        {
            PodcastChannel channel = Channel(text);
            Episode[] episodes = [Episode(text, 1), Episode(text, 2)];
            byte[] feed = PodcastFeedWriter.Write(channel, episodes, Urls);

            Check(run, feed, () =>
            {
                XElement rss = Parse(feed);
                XElement c = rss.Element("channel")!;
                PodcastConfig config = channel.Config;
                Same(config.Title, c.Element("title"));
                Same(config.Title, c.Element("image")!.Element("title"));
                Same(config.Description, c.Element("description"));
                Same(config.Copyright!, c.Element("copyright"));
                Same(config.License!, c.Element(Pod + "license"));
                Same(config.Author!, c.Element(Itunes + "author"));
                Same(config.Owner!.Name, c.Element(Itunes + "owner")!.Element(Itunes + "name"));
                Same(config.Owner.Email, c.Element(Itunes + "owner")!.Element(Itunes + "email"));
                XElement category = c.Element(Itunes + "category")!;
                Same(config.Category, category.Attribute("text"));
                Same(config.Subcategory!, category.Element(Itunes + "category")!.Attribute("text"));
                Same(config.Funding[0].Text, c.Element(Pod + "funding"));
                SamePersons(config.Persons, c.Elements(Pod + "person"));

                XElement[] items = c.Elements("item").ToArray();
                Assert.Equal(episodes.Length, items.Length);
                for (int i = 0; i < items.Length; i++)
                {
                    Episode episode = episodes[i];
                    XElement item = items[i];
                    Same(episode.Title, item.Element("title"));
                    Same(episode.Description!, item.Element("description"));
                    Same(episode.ShowNotesHtml, item.Element(Content + "encoded"));
                    Same(episode.Guid, item.Element("guid"));
                    Assert.Equal(episode.Chapters.Select(ch => XmlExpectation.Attribute(ch.Title)),
                        item.Element(Psc + "chapters")!.Elements(Psc + "chapter").Select(ch => ch.Attribute("title")!.Value));
                    SamePersons(episode.Persons, item.Elements(Pod + "person"));
                }
            });
        }
    }

    [Fact]
    public void Every_blog_feed_field_survives_any_text()
    {
        var text = new HostileText(Seed + 1);
        for (int run = 0; run < Cases; run++)
        {
            BlogFeed blog = Blog(text);
            byte[] rssBytes = RssFeedWriter.Write(blog);
            byte[] atomBytes = AtomFeedWriter.Write(blog);
            byte[] jsonBytes = JsonFeedWriter.Write(blog);

            Check(run, rssBytes, () =>
            {
                XElement channel = Parse(rssBytes).Element("channel")!;
                Same(blog.Title, channel.Element("title"));
                Same(blog.Description.Length > 0 ? blog.Description : blog.Title, channel.Element("description"));
                XElement[] items = channel.Elements("item").ToArray();
                Assert.Equal(blog.Entries.Count, items.Length);
                for (int i = 0; i < items.Length; i++)
                {
                    FeedEntry entry = blog.Entries[i];
                    Same(entry.Title, items[i].Element("title"));
                    Same(entry.Summary!, items[i].Element("description"));
                    Same(entry.ContentHtml, items[i].Element(Content + "encoded"));
                    Same(entry.AuthorName!, items[i].Element(Dc + "creator"));
                    Assert.Equal(entry.Tags.Select(XmlExpectation.Text), items[i].Elements("category").Select(e => e.Value));
                }
            });

            Check(run, atomBytes, () =>
            {
                XElement feed = Parse(atomBytes);
                Same(blog.Title, feed.Element(Atom + "title"));
                if (blog.Description.Length > 0) Same(blog.Description, feed.Element(Atom + "subtitle"));
                XElement[] entries = feed.Elements(Atom + "entry").ToArray();
                Assert.Equal(blog.Entries.Count, entries.Length);
                for (int i = 0; i < entries.Length; i++)
                {
                    FeedEntry entry = blog.Entries[i];
                    Same(entry.Title, entries[i].Element(Atom + "title"));
                    Same(entry.Summary!, entries[i].Element(Atom + "summary"));
                    Same(entry.ContentHtml, entries[i].Element(Atom + "content"));
                    Same(entry.AuthorName!, entries[i].Element(Atom + "author")!.Element(Atom + "name"));
                    Assert.Equal(entry.Tags.Select(XmlExpectation.Attribute),
                        entries[i].Elements(Atom + "category").Select(e => e.Attribute("label")!.Value));
                }
            });

            Check(run, jsonBytes, () =>
            {
                using JsonDocument json = JsonDocument.Parse(jsonBytes);
                Assert.Equal(JsonExpectation(blog.Title), json.RootElement.GetProperty("title").GetString());
                JsonElement[] items = json.RootElement.GetProperty("items").EnumerateArray().ToArray();
                for (int i = 0; i < items.Length; i++)
                {
                    FeedEntry entry = blog.Entries[i];
                    Assert.Equal(JsonExpectation(entry.Title), items[i].GetProperty("title").GetString());
                    Assert.Equal(JsonExpectation(entry.ContentHtml), items[i].GetProperty("content_html").GetString());
                    Assert.Equal(entry.Tags.Select(JsonExpectation), items[i].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
                }
            });
        }
    }

    [Fact]
    public void The_expectation_itself_follows_the_xml_specification()
    {
        // The reference the property tests compare with, checked against hand-worked cases.
        Assert.Equal("ab", XmlExpectation.Text("a\u0000\u0001\u001Fb"));
        Assert.Equal("a\tb\nc\nd\ne", XmlExpectation.Text("a\tb\r\nc\rd\ne"));
        Assert.Equal("ab", XmlExpectation.Text("a\uD800b\uDFFF"));
        Assert.Equal("ab", XmlExpectation.Text("a\uFFFE\uFFFFb"));
        Assert.Equal("😀\uE000\uFFFD", XmlExpectation.Text("😀\uE000\uFFFD"));
        Assert.Equal("\u0085\u2028", XmlExpectation.Text("\u0085\u2028"));
        Assert.Equal("a\r\nb\rc\t", XmlExpectation.Attribute("a\r\nb\rc\u0001\t"));
    }

    // JSON can carry any character escaped, but not half a surrogate pair: the writer sends U+FFFD for it, as
    // UTF-8 decoders do, so the text stays the same length and nothing else changes.
    private static string JsonExpectation(string input)
    {
        var kept = new StringBuilder();
        for (int i = 0; i < input.Length; i++)
        {
            if (char.IsHighSurrogate(input[i]) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                kept.Append(input, i++, 2);
                continue;
            }

            kept.Append(char.IsSurrogate(input[i]) ? '\uFFFD' : input[i]);
        }

        return kept.ToString();
    }

    private PodcastChannel Channel(HostileText text) => new()
    {
        Config = new PodcastConfig
        {
            Title = text.Next(),
            Description = text.Next(),
            Author = text.Next(),
            Owner = new PodcastOwner { Name = text.Next(), Email = text.Next(6) },
            Category = text.Next(6),
            Subcategory = text.Next(6),
            Copyright = text.Next(),
            License = text.Next(6),
            Funding = [new PodcastFunding { Url = "https://example.org/support", Text = text.Next() }],
            Persons = [Person(text), Person(text)],
        },
        Language = "de",
        Cover = new CoverImage(new Dictionary<int, string> { [1400] = "/podcast/cover-1400.jpg" }),
        FeedUrl = "https://example.org/podcast/feed.xml",
        Link = "https://example.org/podcast/",
        PodcastGuid = "3f1c5a9e-0d2b-5c7e-9a4b-1e2f3a4b5c6d",
    };

    private static PodcastPerson Person(HostileText text) => new() { Name = text.Next(), Role = text.Next(4), Group = text.Next(4) };

    private static Episode Episode(HostileText text, int number) => new()
    {
        SourcePath = $"podcast/{number:00}.mp3",
        AudioFileName = $"{number:00}.mp3",
        Slug = $"folge-{number}",
        Url = $"/podcast/folge-{number}/",
        Title = text.Next(),
        Description = text.Next(),
        // Never empty: without show notes the feed says the description instead.
        ShowNotesHtml = "<p>" + text.Next(40),
        Date = new DateTimeOffset(2026, 1, number, 6, 0, 0, TimeSpan.Zero),
        Guid = text.Next(8),
        Persons = [Person(text)],
        Chapters = [new Chapter(TimeSpan.Zero, text.Next()), new Chapter(TimeSpan.FromSeconds(30), text.Next())],
        Audio = new AudioInfo { MimeType = "audio/mpeg", SizeBytes = 1000, Duration = TimeSpan.FromSeconds(60) },
        Integrity = "sha384-AAAA",
        AudioUrl = $"https://example.org/podcast/{number:00}.mp3",
        Cover = new CoverImage(new Dictionary<int, string> { [1400] = "/podcast/cover-1400.jpg" }),
    };

    private static BlogFeed Blog(HostileText text) => new(
        text.Next(), text.Next(), "de", "https://example.org/", "https://example.org/feed.xml", "https://example.org/atom.xml",
        "https://example.org/feed.json", new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero),
        [Entry(text, 1), Entry(text, 2)]);

    private static FeedEntry Entry(HostileText text, int day) => new(
        text.Next(), $"https://example.org/blog/post-{day}/", new DateTimeOffset(2026, 1, day, 0, 0, 0, TimeSpan.Zero),
        text.Next(), text.Next(40), [text.Next(6), text.Next(6)], text.Next(), null, null);

    private static XElement Parse(byte[] feed)
    {
        // Default reader settings: CheckCharacters is on, so a forbidden character, even as &#x1;, fails the parse.
        using XmlReader reader = XmlReader.Create(new MemoryStream(feed));
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root!;
    }

    private static void Same(string input, XElement? element)
    {
        Assert.NotNull(element);
        Assert.Equal(Visible(XmlExpectation.Text(input)), Visible(element.Value));
    }

    private static void Same(string input, XAttribute? attribute)
    {
        Assert.NotNull(attribute);
        Assert.Equal(Visible(XmlExpectation.Attribute(input)), Visible(attribute.Value));
    }

    private static void SamePersons(IReadOnlyList<PodcastPerson> persons, IEnumerable<XElement> elements)
    {
        XElement[] read = elements.ToArray();
        Assert.Equal(persons.Count, read.Length);
        for (int i = 0; i < read.Length; i++)
        {
            Same(persons[i].Name, read[i]);
            Same(persons[i].Role, read[i].Attribute("role"));
            Same(persons[i].Group, read[i].Attribute("group"));
        }
    }

    /// <summary>Runs the checks for one case; a failure names the case and shows the feed, so it can be replayed.</summary>
    private static void Check(int run, byte[] feed, Action checks)
    {
        try
        {
            checks();
        }
        catch (Exception e)
        {
            string shown = Encoding.UTF8.GetString(feed);
            throw new Xunit.Sdk.XunitException($"case {run} (seed {Seed}): {e.Message}\n--- feed ---\n{Visible(shown[..Math.Min(shown.Length, 4000)])}");
        }
    }

    // Control characters and surrogates spelled out, so a failure message shows what differs.
    private static string Visible(string text)
    {
        var shown = new StringBuilder(text.Length);
        foreach (char c in text)
            shown.Append(c < 0x20 && c != '\n' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' or '\u0085' or '\u2028' or '\u2029'
                ? $"\\u{(int)c:X4}"
                : c.ToString(CultureInfo.InvariantCulture));
        return shown.ToString();
    }
}
