using System.Text;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Incremental;
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

        var read = MarkdownIndexFile.Read(bytes);

        Assert.NotNull(read);
        Assert.Equal(["a0", "b1"], read.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, expected) in entries)
        {
            // A stored body is known by its key, which stands for its HTML in page keys.
            Assert.Equal(key, read[key].Body.Key);
            Assert.Equal(expected.Html, read[key].Html);
            Assert.Equal(expected.FirstParagraph, read[key].FirstParagraph);
            Assert.Equal(expected.WordCount, read[key].WordCount);
            Assert.Equal(expected.Links.OrderBy(l => l.Key, StringComparer.Ordinal), read[key].Links.OrderBy(l => l.Key, StringComparer.Ordinal));
        }

        for (int length = 0; length < bytes.Length; length += 5)
            Assert.Null(MarkdownIndexFile.Read(bytes[..length]));
        Assert.Null(MarkdownIndexFile.Read(Encoding.UTF8.GetBytes("{\"Format\":1}")));
    }

    [Fact]
    public void A_part_written_again_from_bodies_not_yet_read_is_the_same_file()
    {
        var entries = new Dictionary<string, RenderedMarkdown>(StringComparer.Ordinal)
        {
            ["c2"] = new("<p>Straßen, Plätze und „Zwillinge“ 🎧</p>\n", "Straßen, Plätze und „Zwillinge“ 🎧", 4),
            ["d3"] = new("<h2 id=\"x\">Ü</h2>\n", "", 1),
        };
        using var first = new MemoryStream();
        MarkdownIndexFile.Write(first, entries);
        var read = MarkdownIndexFile.Read(first.ToArray())!;

        // Written from the stored bytes (their text never decoded), then again after decoding one of them.
        using var second = new MemoryStream();
        MarkdownIndexFile.Write(second, read);
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(entries["c2"].Html, read["c2"].Html);
        using var third = new MemoryStream();
        MarkdownIndexFile.Write(third, read);
        Assert.Equal(first.ToArray(), third.ToArray());
    }

    [Fact]
    public void A_part_read_from_its_file_gives_its_bodies_when_asked_even_after_the_file_was_replaced()
    {
        string folder = Directory.CreateTempSubdirectory("sitecast-index-").FullName;
        try
        {
            string path = Path.Combine(folder, "index-0.bin");
            Write(path, new() { ["k1"] = new("<p>Erster „Text“</p>\n", "Erster „Text“", 2), ["k2"] = new("", "", 0) });

            var read = MarkdownIndexFile.Read(path)!;
            // The next build's index takes the file's place, as a save does: written beside it, then renamed.
            Write(path + ".tmp", new() { ["k1"] = new("<p>Anderer Text</p>\n", "Anderer Text", 2) });
            File.Move(path + ".tmp", path, overwrite: true);

            Assert.Equal("<p>Erster „Text“</p>\n", read["k1"].Body.Decode());
            Assert.Equal("Erster „Text“", read["k1"].FirstParagraph);
            Assert.True(read["k2"].Body.IsEmpty);
            Assert.False(read["k1"].Body.IsEmpty);
            Assert.Equal("<p>Anderer Text</p>\n", MarkdownIndexFile.Read(path)!["k1"].Body.Decode());

            // A file cut short in a body reads as nothing, not as bodies that fail later.
            byte[] whole = File.ReadAllBytes(path);
            File.WriteAllBytes(path, whole[..^30]);
            Assert.Null(MarkdownIndexFile.Read(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Write(string path, Dictionary<string, RenderedMarkdown> entries)
    {
        using var file = File.Create(path);
        MarkdownIndexFile.Write(file, entries);
    }
}
