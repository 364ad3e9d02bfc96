using System.Text.RegularExpressions;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Site;

/// <summary>
/// Every word the theme shows comes from theme/i18n/de.yml or en.yml: both files have the same keys, every
/// t.key a template uses exists, and no template writes a word of its own into the page.
/// </summary>
public sealed partial class ThemeLanguageTests
{
    private static readonly string[] Languages = ["de", "en"];

    [Fact]
    public void German_and_English_theme_strings_have_the_same_keys_and_no_empty_value()
    {
        Dictionary<string, string> german = ReadStrings("de"), english = ReadStrings("en");
        Assert.True(german.Count > 10, "theme/i18n/de.yml holds (almost) nothing");
        Assert.Equal(german.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        foreach (var (language, strings) in new[] { ("de", german), ("en", english) })
        {
            var empty = strings.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => s.Key).ToList();
            Assert.True(empty.Count == 0, $"theme/i18n/{language}.yml has empty strings: {string.Join(", ", empty)}");
        }
    }

    [Fact]
    public void Every_string_a_template_uses_exists_in_both_languages()
    {
        var used = ThemeTemplates()
            .SelectMany(file => StringUse().Matches(File.ReadAllText(file)).Select(m => (File: Relative(file), Key: m.Groups[1].Value)))
            .ToList();
        Assert.NotEmpty(used);
        foreach (string language in Languages)
        {
            Dictionary<string, string> strings = ReadStrings(language);
            var missing = used.Where(u => !strings.ContainsKey(u.Key)).Select(u => $"{u.File}: t.{u.Key}").Distinct().ToList();
            Assert.True(missing.Count == 0, $"missing in theme/i18n/{language}.yml:\n{string.Join("\n", missing)}");
        }
    }

    [Fact]
    public void No_template_writes_words_of_its_own()
    {
        var problems = new List<string>();
        foreach (string file in ThemeTemplates())
        {
            string text = Comment().Replace(File.ReadAllText(file), "");
            text = Liquid().Replace(text, "");
            if (text.TrimStart().StartsWith("<?xml", StringComparison.Ordinal)) continue;
            text = ScriptOrStyle().Replace(text, "");

            foreach (Match attribute in ReadableAttribute().Matches(text))
            {
                if (Word().IsMatch(attribute.Groups[2].Value))
                    problems.Add($"{Relative(file)}: {attribute.Groups[1].Value}=\"{attribute.Groups[2].Value}\"");
            }

            string visible = Entity().Replace(Tag().Replace(text, " "), " ");
            foreach (Match word in Word().Matches(visible)) problems.Add($"{Relative(file)}: '{word.Value}'");
        }

        Assert.True(problems.Count == 0,
            "words written into templates instead of theme/i18n/*.yml (use {{ t.key }}):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void An_english_site_shows_no_german_theme_words()
    {
        // Given an English site with English content
        using var site = new TestSite("""
            -- site.yml --
            title: Test Site
            description: A site for tests
            baseUrl: https://example.org/
            language: en
            postsPerPage: 1
            authors:
              - id: anna
                name: Anna Example
            menu:
              - title: About
                url: /about/
            footer:
              - title: Imprint
                url: /about/
            -- input/posts/2026-01-05-hello.md --
            ---
            title: Hello
            tags: [Cities]
            author: anna
            ---
            First post.
            -- input/posts/2026-01-06-again.md --
            ---
            title: Again
            ---
            Second post.
            -- input/pages/about.md --
            ---
            title: About
            ---
            Who we are.
            """);

        // When it is built
        site.BuildOk();

        // Then no German theme string appears on any page
        Dictionary<string, string> english = ReadStrings("en");
        var germanOnly = ReadStrings("de").Where(s => s.Value.Length >= 3 && s.Value != english[s.Key]).ToList();
        var pages = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 4, "expected home, blog pages, post and page");
        foreach (string page in pages)
        {
            string html = site.Read(page);
            // As a whole word: the German "Archiv" is part of the English "Archive".
            foreach (var (key, value) in germanOnly)
                Assert.False(Regex.IsMatch(html, $@"(?<!\p{{L}}){Regex.Escape(value)}(?!\p{{L}})"), $"{page} shows the German '{value}' (t.{key})");
        }

        site.AssertFileContent("blog/hello/index.html", """
            <html lang="en">
            >January 5, 2026</time>
            Skip to content
            """);
    }

    private static Dictionary<string, string> ReadStrings(string language)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadAllLines(Path.Combine(RepoPaths.Theme, "i18n", language + ".yml")))
        {
            Match entry = YamlEntry().Match(line);
            if (entry.Success) strings[entry.Groups[1].Value] = entry.Groups[2].Value.Trim().Trim('"', '\'');
        }

        return strings;
    }

    private static IEnumerable<string> ThemeTemplates() =>
        Directory.GetFiles(RepoPaths.Theme, "*.liquid", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static string Relative(string file) => Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');

    [GeneratedRegex(@"^([A-Za-z0-9_]+):\s*(.*)$")]
    private static partial Regex YamlEntry();

    [GeneratedRegex(@"\bt\.([A-Za-z0-9_]+)")]
    private static partial Regex StringUse();

    [GeneratedRegex(@"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex Liquid();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<[^>]*>|<!DOCTYPE[^>]*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"&#?\w+;")]
    private static partial Regex Entity();

    [GeneratedRegex(@"\b(alt|title|aria-label|aria-description|aria-roledescription|placeholder|value|label)\s*=\s*""([^""]*)""")]
    private static partial Regex ReadableAttribute();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();
}
