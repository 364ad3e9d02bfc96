using Sitecast.Content;
using Sitecast.Incremental;
using Sitecast.Search;
using Xunit;

namespace Sitecast.Tests.Search;

/// <summary>
/// The search index built with the last build's scores stored (StoredScores) must be byte for byte the index built
/// from nothing, whatever changed in between; and the stored scores must really stand in for reading the texts.
/// </summary>
public sealed class StoredScoresTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitecast-scores-").FullName;
    private string ScoresPath => Path.Combine(_folder, ".sitecast-cache", "search", "scores.bin");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // What a build into a site at the folder reuses and keeps.
    private BuildReuse Reuse() => BuildReuse.For(new Sitecast.Build.BuildOptions { SourceRoot = _folder, OutputRoot = Path.Combine(_folder, "site") });

    private static SearchEntry Post(int n, string extra = "") => new("post", $"/blog/beitrag-{n}/", $"Beitrag {n} über Städte",
        n % 2 == 0 ? "Kurz gesagt" : null, n % 3 == 0 ? ["Daten", "Stadt"] : ["Verkehr"], "", $"Auszug {n}.")
    {
        Html = new BodyHtml($"<h2 id=\"a{n}\">Abschnitt {n}</h2>\n<p>Die Planung der Straßen in Köln {n}, Wohnungen &amp; Plätze. {extra}</p>"),
    };

    private static List<SearchEntry> Site(int count) =>
    [
        .. Enumerable.Range(1, count).Select(n => Post(n)),
        new("episode", "/podcast/folge-1/", "Folge 1", null, [], "Transkript über Bürgerbeteiligung in Aarhus.", "Gespräch."),
    ];

    private string BuildWithStore(IReadOnlyList<SearchEntry> entries) =>
        System.Text.Encoding.UTF8.GetString(SearchIndex.BuildUtf8(entries, Reuse()));

    public static TheoryData<string> Changes => ["edit", "add", "remove", "move", "retitle", "none"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void An_index_built_with_stored_scores_equals_one_built_from_nothing(string change)
    {
        List<SearchEntry> before = Site(300);
        BuildWithStore(before);
        Assert.True(File.Exists(ScoresPath));

        List<SearchEntry> after = [.. before];
        switch (change)
        {
            case "edit": after[150] = Post(151, "Ein neues Wort: Zwillingsstadt Rotterdam."); break;
            case "add": after.Insert(10, Post(1000, "Durban und Chicago")); break;
            case "remove": after.RemoveAt(42); break;
            case "move":
                // A post given another date moves in the list; its text is unchanged.
                SearchEntry moved = after[5];
                after.RemoveAt(5);
                after.Insert(200, moved);
                break;
            case "retitle": after[0] = after[0] with { Title = "Ganz anders betitelt" }; break;
        }

        Assert.Equal(SearchIndex.Build(after), BuildWithStore(after));
        // And once more, from what that build stored.
        Assert.Equal(SearchIndex.Build(after), BuildWithStore(after));
    }

    [Fact]
    public void Stored_scores_stand_in_for_the_text_of_an_unchanged_entry()
    {
        // Two entries with the same key and different texts cannot happen in a site; here they show that the text of
        // the second build is not read at all when the key is known: its scores are the stored ones.
        SearchEntry original = Post(1);
        BuildWithStore([original]);
        string fresh = SearchIndex.Build([original]);

        SearchEntry sameKeyOtherText = original with { Excerpt = "Anderer Auszug." };
        Assert.Equal(EntryKey.Of(original), EntryKey.Of(sameKeyOtherText));
        string reused = BuildWithStore([sameKeyOtherText]);
        Assert.Contains("Anderer Auszug.", reused);
        Assert.Equal(Terms(fresh), Terms(reused));

        // A key that differs (here by one character of the text) is scored from its text.
        SearchEntry changed = original with { Html = new BodyHtml(original.Html.Decode().Replace("Köln", "Rotterdam")) };
        Assert.NotEqual(EntryKey.Of(original), EntryKey.Of(changed));
        Assert.Contains("\"rotterdam\"", BuildWithStore([changed]));
    }

    [Fact]
    public void The_key_covers_every_field_the_scores_are_made_from()
    {
        SearchEntry entry = Post(3);
        UInt128 key = EntryKey.Of(entry);
        Assert.NotEqual(key, EntryKey.Of(entry with { Title = entry.Title + "!" }));
        Assert.NotEqual(key, EntryKey.Of(entry with { Description = "Anders" }));
        Assert.NotEqual(key, EntryKey.Of(entry with { Tags = ["Daten"] }));
        Assert.NotEqual(key, EntryKey.Of(entry with { Text = "Mehr" }));
        Assert.NotEqual(key, EntryKey.Of(entry with { Html = new BodyHtml(entry.Html.Decode() + " ") }));
        Assert.NotEqual(key, EntryKey.Of(entry with { Url = "/blog/anders/" }));
        // Fields run together differently are different keys.
        Assert.NotEqual(EntryKey.Of(entry with { Title = "ab", Text = "c" }), EntryKey.Of(entry with { Title = "a", Text = "bc" }));
        Assert.NotEqual(EntryKey.Of(entry with { Tags = ["ab"] }), EntryKey.Of(entry with { Tags = ["a", "b"] }));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public void A_damaged_store_is_ignored(string damage)
    {
        List<SearchEntry> entries = Site(50);
        BuildWithStore(entries);
        byte[] bytes = File.ReadAllBytes(ScoresPath);
        byte[] damaged = damage switch
        {
            "truncated" => bytes[..(bytes.Length * 2 / 3)],
            "garbage" => [.. bytes[..40], .. Enumerable.Repeat((byte)0xff, bytes.Length - 40)],
            _ => [],
        };
        File.WriteAllBytes(ScoresPath, damaged);

        Assert.Null(StoredScores.Load(ScoresPath));
        Assert.Equal(SearchIndex.Build(entries), BuildWithStore(entries));
        Assert.NotNull(StoredScores.Load(ScoresPath));
    }

    private static string Terms(string json) => json[json.IndexOf("\"terms\"", StringComparison.Ordinal)..];
}
