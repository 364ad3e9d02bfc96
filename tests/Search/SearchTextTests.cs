using Sitecast.Search;
using Xunit;

namespace Sitecast.Tests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Städte", "stadt")]
    [InlineData("Stadt", "stadt")]
    [InlineData("STÄDTEN", "stadt")]
    [InlineData("Straße", "strass")]
    [InlineData("Strasse", "strass")]
    [InlineData("Planungen", "plan")]
    [InlineData("Planung", "plan")]
    [InlineData("Zwillinge", "zwilling")]
    [InlineData("Zwillings", "zwilling")]
    [InlineData("Bürgern", "burg")]
    [InlineData("Kommunen", "kommun")]
    [InlineData("digitale", "digital")]
    [InlineData("neue", "neu")]
    [InlineData("Café", "caf")]
    [InlineData("jung", "jung")]
    [InlineData("das", "das")]
    public void A_query_word_becomes_one_folded_stemmed_term(string word, string term) =>
        Assert.Equal([term], SearchText.QueryTerms(word));

    [Fact]
    public void Umlauts_are_indexed_in_both_spellings_so_every_way_of_typing_finds_them()
    {
        var index = SearchText.IndexTerms("München").ToHashSet();
        Assert.Equal(["muench", "munch"], index.Order(StringComparer.Ordinal));
        Assert.Contains(Assert.Single(SearchText.QueryTerms("Muenchen")), index);
        Assert.Contains(Assert.Single(SearchText.QueryTerms("Munchen")), index);
        Assert.Contains(Assert.Single(SearchText.QueryTerms("münchen")), index);
    }

    [Fact]
    public void A_query_typed_with_ae_oe_ue_also_looks_for_the_plain_vowel()
    {
        Assert.Equal([["staedt", "stadt"], ["koel", "kol"]], SearchText.QueryAlternatives("Staedte Koeln"));
        Assert.Equal([["stadt"]], SearchText.QueryAlternatives("Städte"));
    }

    [Fact]
    public void A_very_long_word_is_folded_and_stemmed_like_a_short_one()
    {
        // 360 letters: longer than the words folded on the stack, so the rented buffer holds both spellings.
        string word = string.Concat(Enumerable.Repeat("Stäßungen", 40));
        string plain = string.Concat(Enumerable.Repeat("stassungen", 39)) + "stass";
        string spelled = string.Concat(Enumerable.Repeat("staessungen", 39)) + "staess";
        Assert.Equal([plain, spelled, plain, spelled], SearchText.IndexTerms(word + " " + word));
        Assert.Equal([plain], SearchText.QueryTerms(word));
    }

    [Fact]
    public void Words_split_at_punctuation_and_short_terms_are_dropped()
    {
        Assert.Equal(["smart", "city", "2026", "ruhrgebiet"], SearchText.QueryTerms("Smart-City 2026: a Ruhrgebiet!"));
    }

    [Fact]
    public void Scores_weigh_title_tags_description_and_capped_text()
    {
        var entry = new SearchEntry("post", "/blog/x/", "Städte", "Über Städte", ["Stadt"],
            "Stadt Stadt Stadt Stadt Stadt Stadt Stadt und Land", "");
        var scores = SearchIndex.Score(entry).ToDictionary(s => s.Term, s => s.Score);
        Assert.Equal(SearchIndex.TitleWeight + SearchIndex.TagWeight + SearchIndex.DescriptionWeight + SearchIndex.TextCap, scores["stadt"]);
        Assert.Equal(1, scores["land"]);
        // The ae spelling comes only from words written with ä.
        Assert.Equal(SearchIndex.TitleWeight + SearchIndex.DescriptionWeight, scores["staedt"]);
    }

    [Fact]
    public void Excerpts_are_cut_at_a_word()
    {
        string text = string.Join(' ', Enumerable.Repeat("Wort", 60));
        string shortened = SearchIndex.Shorten(text);
        Assert.True(shortened.Length <= SearchIndex.ExcerptLength + 2, shortened);
        Assert.EndsWith("Wort …", shortened);
    }
}
