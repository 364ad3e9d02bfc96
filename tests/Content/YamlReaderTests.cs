using Sitecast.Content;
using Sitecast.Diagnostics;
using Xunit;

namespace Sitecast.Tests.Content;

public sealed class YamlReaderTests
{
    private sealed class Show
    {
        public string Title { get; set; } = "";
        public List<string> Tags { get; set; } = [];
        public Dictionary<string, string> Links { get; set; } = [];
        public int Season { get; set; }
    }

    private static readonly string[] Known = ["title", "tags", "links", "season"];

    private static T Read<T>(string yaml, out YamlKeyLocations keys, DiagnosticBag? diagnostics = null) where T : new() =>
        YamlReader.Read<T>(yaml, "input/x.md", 2, Known, diagnostics ?? new DiagnosticBag(), out keys);

    [Fact]
    public void Values_are_read_and_every_top_level_key_and_value_has_its_line_in_the_file()
    {
        // Given YAML that starts on line 2 of its file, with nested blocks between the keys
        const string yaml = "title: Zwillinge\ntags:\n  - Stadt\n  - Daten\nlinks:\n  web: https://example.org/\n  feed: /feed.xml\nseason: 2\n";

        Show show = Read<Show>(yaml, out YamlKeyLocations keys);

        Assert.Equal("Zwillinge", show.Title);
        Assert.Equal(["Stadt", "Daten"], show.Tags);
        Assert.Equal("/feed.xml", show.Links["feed"]);
        Assert.Equal(2, show.Season);
        Assert.Equal(["title", "tags", "links", "season"], keys.Keys.Keys);
        Assert.Equal("input/x.md:2:1", keys.KeyOf("title").ToString());
        Assert.Equal("input/x.md:2:8", keys.ValueOf("title").ToString());
        Assert.Equal("input/x.md:4:3", keys.ValueOf("tags").ToString());
        Assert.Equal("input/x.md:9:1", keys.KeyOf("season").ToString());
    }

    [Fact]
    public void An_unknown_key_is_a_warning_naming_the_nearest_known_one()
    {
        var diagnostics = new DiagnosticBag();
        Read<Show>("titel: Tippfehler\n", out _, diagnostics);

        Diagnostic warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal("input/x.md:2:1", warning.Location.ToString());
        Assert.Contains("did you mean 'title'?", warning.ToString());
    }

    [Theory]
    [InlineData("title: Eins\ntitle: Zwei\n", "input/x.md:3:1: error: invalid YAML: Duplicate key 'title'")]
    [InlineData("links:\n  web: a\n  web: b\n", "input/x.md:4:3: error: invalid YAML: Duplicate key 'web'")]
    public void A_duplicate_key_at_any_depth_is_an_error_at_the_second_one(string yaml, string expected)
    {
        var error = Assert.Throws<ContentException>(() => Read<Show>(yaml, out _));
        Assert.StartsWith(expected, error.Diagnostic.ToString());
        Assert.Contains("each key may appear only once", error.Diagnostic.ToString());
    }

    [Fact]
    public void A_list_where_keys_belong_is_an_error_at_its_line()
    {
        var error = Assert.Throws<ContentException>(() => Read<Show>("# Kommentar\n- eins\n- zwei\n", out _));
        Assert.StartsWith("input/x.md:3:1: error: expected keys with values", error.Diagnostic.ToString());
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_an_error_at_its_line()
    {
        var error = Assert.Throws<ContentException>(() => Read<Show>("title: A\nseason: zwei\n", out _));
        Assert.StartsWith("input/x.md:3:9: error: cannot read this value", error.Diagnostic.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nur ein Kommentar\n")]
    [InlineData("---\n")]
    public void Yaml_without_keys_gives_the_defaults(string yaml)
    {
        Show show = Read<Show>(yaml, out YamlKeyLocations keys);
        Assert.Equal("", show.Title);
        Assert.Empty(keys.Keys);
    }
}
