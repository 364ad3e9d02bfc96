using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sitecast.Build;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Robust;

/// <summary>
/// Full builds with hostile text in a post's title, description and tags: the page's h1 and title carry the text
/// (minus what HTML cannot hold), and the page has exactly the elements of the same page built from plain text,
/// so no markup from the data reached the DOM.
/// </summary>
public sealed class PageIntegrityTests
{
    private const int Seed = 4711;
    private const int Builds = 30;

    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Hostile_titles_descriptions_and_tags_never_add_markup_to_a_page()
    {
        string[] expectedElements = Elements(BuildPost("Titel", "Beschreibung", "alpha", "beta"));
        var text = new HostileText(Seed);
        for (int run = 0; run < Builds; run++)
        {
            string title = "T" + text.Next(16);
            string description = "D" + text.Next(16);
            string tagA = "a" + text.Next(6);
            string tagB = "b" + text.Next(6);
            IDocument page = BuildPost(title, description, tagA, tagB);

            string context = $"build {run} (seed {Seed}), title {Visible(title)}";
            Assert.True(expectedElements.SequenceEqual(Elements(page)),
                $"{context}: the page's elements differ from the plain page's:\n{string.Join(" ", Elements(page))}");
            Assert.Equal(Visible(HtmlExpectation(title)), Visible(page.QuerySelector("article h1")!.TextContent));
            // The raw text of the title element (document.title would collapse white space).
            Assert.StartsWith(Visible(HtmlExpectation(title) + " \u2013 "), Visible(page.Head!.QuerySelector("title")!.TextContent));
        }
    }

    [Fact]
    public void Hostile_episode_titles_and_guest_names_never_add_markup_to_the_episode_page_or_break_the_feed()
    {
        string[] expectedElements = Elements(BuildEpisode("Folge", "Worum es geht", "Gabi Gast").Page);
        var text = new HostileText(Seed + 1);
        for (int run = 0; run < 8; run++)
        {
            string title = "T" + text.Next(16);
            string guest = "G" + text.Next(10);
            var (page, feed) = BuildEpisode(title, "D" + text.Next(16), guest);

            string context = $"build {run} (seed {Seed + 1}), title {Visible(title)}";
            Assert.True(expectedElements.SequenceEqual(Elements(page)),
                $"{context}: the page's elements differ from the plain page's:\n{string.Join(" ", Elements(page))}");
            Assert.Equal(Visible(HtmlExpectation(title)), Visible(page.QuerySelector("h1")!.TextContent));
            Assert.Contains(Visible(HtmlExpectation(guest)), Visible(page.Body!.TextContent));

            using var reader = System.Xml.XmlReader.Create(new MemoryStream(feed));
            var item = System.Xml.Linq.XDocument.Load(reader, System.Xml.Linq.LoadOptions.PreserveWhitespace).Root!
                .Element("channel")!.Element("item")!;
            Assert.Equal(Visible(XmlExpectation.Text(HtmlExpectation(title))), Visible(item.Element("title")!.Value));
        }
    }

    [Fact]
    public void Control_characters_typed_into_a_markdown_body_do_not_reach_the_page()
    {
        using var site = new TestSite("");
        site.Write("input/posts/2026-01-05-post.md",
            "---\ntitle: Post\nslug: post\n---\nA\u0001B\u0008C\u000BD\u000CE\u001FF\uFFFEG\uFFFFH \u00E4\U0001F3A7\tI.\n");

        BuildReport report = site.Build();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        string html = site.Read("blog/post/index.html");
        Assert.DoesNotContain(html, c => c < 0x20 && c is not '\t' and not '\n' || c is '\uFFFE' or '\uFFFF');
        Assert.Contains("ABCDEFGH \u00E4\U0001F3A7\tI.", Parser.ParseDocument(html).QuerySelector("article .prose")!.TextContent);
    }

    private static (IDocument Page, byte[] Feed) BuildEpisode(string title, string description, string guest)
    {
        using TestSite site = PodcastFixtures.Site("", 1400, "plain.mp3");
        site.Write("podcast/plain.md",
            $"---\ntitle: {Yaml(title)}\ndate: 2026-11-10T08:00\ndescription: {Yaml(description)}\nslug: folge\n" +
            $"guid: 6d0c1c5e-8d0a-4f7e-9d55-2b7b1f0d5a11\npersons:\n  - name: {Yaml(guest)}\n    role: guest\n---\nText.\n");
        BuildReport report = site.Build();
        Assert.True(report.Succeeded, $"title {Visible(title)}: build failed:\n" + string.Join("\n", report.Diagnostics));
        return (Parser.ParseDocument(site.Read("podcast/folge/index.html")), File.ReadAllBytes(Path.Combine(site.Output, "podcast/feed.xml")));
    }

    private static IDocument BuildPost(string title, string description, string tagA, string tagB)
    {
        using var site = new TestSite("""
            -- input/pages/ueber.md --
            ---
            title: Über
            ---
            Text.
            """);
        site.Write("input/posts/2026-01-05-post.md",
            $"---\ntitle: {Yaml(title)}\ndescription: {Yaml(description)}\nslug: post\ntags: [{Yaml(tagA)}, {Yaml(tagB)}]\n---\nText.\n");
        BuildReport report = site.Build();
        Assert.True(report.Succeeded, $"title {Visible(title)}: build failed:\n" + string.Join("\n", report.Diagnostics));
        return Parser.ParseDocument(site.Read("blog/post/index.html"));
    }

    private static string[] Elements(IDocument page) =>
        page.All.Select(e => e.LocalName).ToArray();

    /// <summary>
    /// The text a browser shows: HTML cannot carry what XML 1.0 forbids either (NUL, most C0 controls, lone surrogates,
    /// U+FFFE/U+FFFF). Everything else arrives exactly, CR included, since the templates send it as a character
    /// reference. A title is trimmed of white space at its ends.
    /// </summary>
    private static string HtmlExpectation(string input) => XmlExpectation.Attribute(input).Trim();

    /// <summary>A YAML double-quoted scalar that spells every character outside printable ASCII as an escape.</summary>
    private static string Yaml(string text)
    {
        var yaml = new StringBuilder("\"");
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yaml.Append(CultureInfo.InvariantCulture, $"\\U{char.ConvertToUtf32(c, text[++i]):X8}");
            }
            else if (char.IsSurrogate(c))
            {
                // Half a surrogate pair cannot be stored in a UTF-8 file, and YAML refuses it as an escape
                // (with an error at the line): it never reaches a page.
                continue;
            }
            else if (c is '"' or '\\')
            {
                yaml.Append('\\').Append(c);
            }
            else if (c is >= ' ' and <= '~')
            {
                yaml.Append(c);
            }
            else
            {
                yaml.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return yaml.Append('"').ToString();
    }

    private static string Visible(string text)
    {
        var shown = new StringBuilder(text.Length);
        foreach (char c in text)
            shown.Append(c < 0x20 || char.IsSurrogate(c) || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString());
        return shown.ToString();
    }
}
