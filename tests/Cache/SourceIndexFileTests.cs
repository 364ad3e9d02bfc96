using Sitecast.Incremental;
using Sitecast.Model;
using Xunit;

namespace Sitecast.Tests.Cache;

public sealed class SourceIndexFileTests
{
    private static readonly Dictionary<string, KnownSource> Entries = new(StringComparer.Ordinal)
    {
        ["input/posts/2026-10-08-eins.md"] = new(1234, 638_900_000_000_000_000,
            new FrontMatter { Title = "Eins: „Städte“", Date = "2026-10-08 09:30", Description = "Über Zwillinge", Tags = ["Stadt", "Daten"],
                Author = "redaktion", Draft = true, Image = "bild.png", Slug = "eins" },
            new Dictionary<string, KeyPlace>(StringComparer.Ordinal) { ["title"] = new(2, 1, 2, 8), ["tags"] = new(3, 1, 4, 3) },
            1, 9, "0a1b2c", ["2026-10-08 09:30", "2026-11-01"]),
        ["input/pages/info.md"] = new(10, 1, new FrontMatter(), new Dictionary<string, KeyPlace>(StringComparer.Ordinal), 1, 3, "ff00", []),
    };

    [Fact]
    public void The_index_reads_back_what_was_written()
    {
        using var stream = new MemoryStream();
        SourceIndexFile.Write(stream, "key", Entries);

        var read = SourceIndexFile.Read(stream.ToArray(), "key");

        Assert.NotNull(read);
        Assert.Equal(Entries.Keys.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, expected) in Entries)
        {
            KnownSource actual = read[path];
            Assert.Equal((expected.Size, expected.Modified, expected.YamlFirstLine, expected.BodyFirstLine, expected.MarkdownKey),
                (actual.Size, actual.Modified, actual.YamlFirstLine, actual.BodyFirstLine, actual.MarkdownKey));
            Assert.Equal(expected.Keys.OrderBy(k => k.Key, StringComparer.Ordinal), actual.Keys.OrderBy(k => k.Key, StringComparer.Ordinal));
            FrontMatter e = expected.FrontMatter, a = actual.FrontMatter;
            Assert.Equal((e.Title, e.Date, e.Description, e.Author, e.Draft, e.Image, e.Slug), (a.Title, a.Date, a.Description, a.Author, a.Draft, a.Image, a.Slug));
            Assert.Equal(e.Tags, a.Tags);
            Assert.Equal(expected.Dates, actual.Dates);
        }
    }

    [Fact]
    public void An_index_of_another_key_or_damaged_reads_as_nothing()
    {
        using var stream = new MemoryStream();
        SourceIndexFile.Write(stream, "key", Entries);
        byte[] bytes = stream.ToArray();

        Assert.Null(SourceIndexFile.Read(bytes, "other key"));
        for (int length = 0; length < bytes.Length; length += 3)
            Assert.Null(SourceIndexFile.Read(bytes[..length], "key"));
        Assert.Null(SourceIndexFile.Read("{\"Format\":1}"u8.ToArray(), "key"));
    }
}
