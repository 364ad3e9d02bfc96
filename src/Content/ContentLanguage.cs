using System.Text.RegularExpressions;
using Sitecast.Diagnostics;
using Sitecast.Model;

namespace Sitecast.Content;

/// <summary>
/// The language a post or page is written in, on a site in several languages: the file name's suffix
/// (2026-01-05-hello.en.md), else <c>lang:</c> in the front matter, else the default language. Its translation key is
/// <c>translationKey:</c> from the front matter, else the file's name without the language suffix.
/// </summary>
public static partial class ContentLanguage
{
    /// <summary>The language suffix of a file name's stem ("hello.en" → "en"), or null when it has none.</summary>
    public static string? SuffixOf(string stem) => Suffix().Match(stem) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The stem without its language suffix: "2026-01-05-hello.en" → "2026-01-05-hello".</summary>
    public static string WithoutSuffix(string stem) => SuffixOf(stem) is { } code ? stem[..^(code.Length + 1)] : stem;

    /// <summary>
    /// The content's language code and translation key; a diagnostic instead when the file names a language the
    /// site does not have, or its name and front matter disagree.
    /// </summary>
    public static (string Code, string Key)? Decide(string stem, FrontMatter? front, YamlKeyLocations? keys, string displayPath,
        IReadOnlyList<SiteLanguage> languages, out Diagnostic? problem)
    {
        problem = null;
        string? byName = SuffixOf(stem);
        string? byFront = front?.Lang?.Trim();
        if (byName is not null && !Has(languages, byName))
        {
            problem = Unknown(new SourceLocation(displayPath), byName, "in the file name", languages);
            return null;
        }

        if (byFront is not null && !Has(languages, byFront))
        {
            problem = Unknown(keys?.ValueOf("lang") ?? new SourceLocation(displayPath), byFront, "in lang", languages);
            return null;
        }

        if (byName is not null && byFront is not null && byName != byFront)
        {
            problem = new Diagnostic(Severity.Error, keys?.ValueOf("lang") ?? new SourceLocation(displayPath),
                $"the file name says '{byName}' and the front matter says lang: {byFront}", "keep one of the two");
            return null;
        }

        string key = front?.TranslationKey?.Trim() is { Length: > 0 } given ? given : WithoutSuffix(stem);
        return (byName ?? byFront ?? languages[0].Code, key);
    }

    private static bool Has(IReadOnlyList<SiteLanguage> languages, string code) => languages.Any(l => l.Code == code);

    private static Diagnostic Unknown(SourceLocation where, string code, string place, IReadOnlyList<SiteLanguage> languages) =>
        new(Severity.Error, where, $"unknown language code '{code}' {place}",
            $"the site's languages are {string.Join(", ", languages.Select(l => l.Code))} (languages: in site.yml)");

    // Two or three lowercase letters after the last dot, e.g. .en, .de: what an ISO 639 code looks like.
    [GeneratedRegex(@"\.([a-z]{2,3})$")]
    private static partial Regex Suffix();
}
