using System.Text;
using Sitecast.Cache;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Xunit;

namespace Sitecast.Tests.Cache;

public sealed class MarkdownIndexFileTests
{
    [Fact]
    public void A_part_reads_back_what_was_written_and_a_damaged_one_reads_as_nothing()
    {
        var entries = new Dictionary<string, RenderedMarkdown>(StringComparer.Ordinal)
        {
            ["b1"] = new("<p>Zweiter „Text“ mit <a href=\"/blog/\">Link</a>.</p>\n", "Zweiter „Text“ mit Link.", 4)
            {
                Links = new Dictionary<string, SourceLocation>
                {
                    ["/blog/"] = new("input/posts/b.md", 7, 21),
                    ["https://example.org/ü"] = new("input/posts/b.md", 9, 1),
                },
            },
            ["a0"] = new("", "", 0),
        };
        using var stream = new MemoryStream();
        MarkdownIndexFile.Write(stream, entries);
        byte[] bytes = stream.ToArray();

        var read = MarkdownIndexFile.Read(new MemoryStream(bytes));

        Assert.NotNull(read);
        Assert.Equal(["a0", "b1"], read.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, expected) in entries)
        {
            Assert.Equal(expected.Html, read[key].Html);
            Assert.Equal(expected.FirstParagraph, read[key].FirstParagraph);
            Assert.Equal(expected.WordCount, read[key].WordCount);
            Assert.Equal(expected.Links.OrderBy(l => l.Key, StringComparer.Ordinal), read[key].Links.OrderBy(l => l.Key, StringComparer.Ordinal));
        }

        for (int length = 0; length < bytes.Length; length += 5)
            Assert.Null(MarkdownIndexFile.Read(new MemoryStream(bytes[..length])));
        Assert.Null(MarkdownIndexFile.Read(new MemoryStream(Encoding.UTF8.GetBytes("{\"Format\":1}"))));
    }
}
