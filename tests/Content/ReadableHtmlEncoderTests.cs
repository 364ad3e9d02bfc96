using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using AngleSharp.Html.Parser;
using Sitecast.Content;
using Sitecast.Tests.Robust;
using Xunit;

namespace Sitecast.Tests.Content;

public sealed class ReadableHtmlEncoderTests
{
    private static readonly HtmlEncoder Strict = HtmlEncoder.Create(UnicodeRanges.All);

    [Fact]
    public void Printable_ascii_stays_as_it_is_but_for_the_five_characters_html_reserves()
    {
        string ascii = string.Concat(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c));
        string expected = ascii.Replace("&", "&amp;").Replace("\"", "&quot;").Replace("'", "&#x27;")
            .Replace("<", "&lt;").Replace(">", "&gt;");

        Assert.Equal(expected, HtmlText.Escape(ascii));
        Assert.Equal("application/rss+xml", HtmlText.Escape("application/rss+xml"));
    }

    [Fact]
    public void Hostile_text_is_escaped_as_strictly_as_before_apart_from_plain_ascii_and_reads_back_unchanged()
    {
        var parser = new HtmlParser();
        var text = new HostileText(2512);
        for (int i = 0; i < 400; i++)
        {
            string hostile = text.Next();
            string escaped = HtmlText.Escape(hostile);

            Assert.DoesNotMatch("[<>\"']", escaped);
            Assert.DoesNotMatch("&(?!(amp|lt|gt|quot|#x[0-9A-F]+);)", escaped);
            // Everything outside printable ASCII is decided as HtmlEncoder.Create(UnicodeRanges.All) decides it,
            // except that a lone surrogate becomes the replacement character itself rather than its reference.
            string strictWithPlainAscii = Regex.Replace(Strict.Encode(hostile).Replace("&#xFFFD;", "\uFFFD"), "&#x([0-9A-F]{2});", m =>
            {
                char c = (char)Convert.ToInt32(m.Groups[1].Value, 16);
                return c is >= ' ' and <= '~' and not ('&' or '<' or '>' or '"' or '\'') ? c.ToString() : m.Value;
            });
            Assert.Equal(strictWithPlainAscii, escaped);

            // In an attribute and in text, a parser reads back what the strict encoder's output reads back as.
            var document = parser.ParseDocument($"<p title=\"{escaped}\">{escaped}</p>");
            var strict = parser.ParseDocument($"<p title=\"{Strict.Encode(hostile)}\">{Strict.Encode(hostile)}</p>");
            Assert.Equal(strict.QuerySelector("p")!.GetAttribute("title"), document.QuerySelector("p")!.GetAttribute("title"));
            Assert.Equal(strict.QuerySelector("p")!.TextContent, document.QuerySelector("p")!.TextContent);
            Assert.Single(document.Body!.Children);
        }
    }

    [Fact]
    public void Text_with_nothing_to_escape_is_returned_as_it_is()
    {
        const string plain = "Grüne Wärme für die Stadt: 1+1=2, `code`, ~50 % (a|b) {x} [y] € 中文";
        Assert.Equal(plain, HtmlText.Escape(plain));
    }
}
