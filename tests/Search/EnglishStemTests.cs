using Sitecast.Search;
using Xunit;

namespace Sitecast.Tests.Search;

/// <summary>English words meet their other forms; German text keeps its own rules.</summary>
public sealed class EnglishStemTests
{
    [Theory]
    [InlineData("cities", "city")]
    [InlineData("city", "city")]
    [InlineData("boxes", "box")]
    [InlineData("churches", "church")]
    [InlineData("classes", "class")]
    [InlineData("parks", "park")]
    [InlineData("planning", "plan")]
    [InlineData("planned", "plan")]
    [InlineData("plans", "plan")]
    [InlineData("measure", "measur")]
    [InlineData("measuring", "measur")]
    [InlineData("measured", "measur")]
    [InlineData("quickly", "quick")]
    [InlineData("falling", "fall")]
    [InlineData("bus", "bus")]
    [InlineData("this", "this")]
    [InlineData("using", "using")]
    public void Forms_of_an_english_word_share_a_stem(string word, string stem) =>
        Assert.Equal(stem, SearchText.Stem(word, english: true));

    [Fact]
    public void German_words_are_stemmed_by_the_german_rules_unless_english_is_asked_for()
    {
        Assert.Equal("stadt", SearchText.Stem("stadte"));
        Assert.Equal("plan", SearchText.Stem("planungen"));
        Assert.Equal("planungen", SearchText.Stem("planungen", english: true));
    }

    [Fact]
    public void An_english_index_finds_a_plural_by_its_singular()
    {
        var entries = new[] { new SearchEntry("post", "/en/blog/x/", "Smart cities", null, [], "Parks and planning.", "") };
        string english = SearchIndex.Build(entries, english: true), german = SearchIndex.Build(entries);
        Assert.Contains("\"city\"", english);
        Assert.Contains("\"plan\"", english);
        Assert.DoesNotContain("\"city\"", german);
    }
}
