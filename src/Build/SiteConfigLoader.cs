using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Model;

namespace Sitecast.Build;

/// <summary>Reads and checks site.yml.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yml";

    public static SiteConfig Load(string sourceRoot, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        string path = Path.Combine(sourceRoot, FileName);
        string yaml = SourceText.Read(path, FileName);
        var config = YamlReader.Read<SiteConfig>(yaml, FileName, 1, SiteConfig.Keys, diagnostics, out YamlKeyLocations keys);
        if (baseUrlOverride is not null) config.BaseUrl = baseUrlOverride;

        if (string.IsNullOrWhiteSpace(config.Title))
            diagnostics.Error(keys.ValueOf("title"), "the site has no title", "add 'title: Your site' to site.yml");
        if (!Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out Uri? baseUri) || baseUri.Scheme is not ("https" or "http"))
        {
            diagnostics.Error(keys.ValueOf("baseUrl"), $"baseUrl '{config.BaseUrl}' is not an absolute http(s) URL",
                "write e.g. 'baseUrl: https://example.org/' (feeds and podcast apps need absolute links)");
            config.BaseUrl = "https://example.invalid/";
        }

        if (config.Language is not ("de" or "en"))
        {
            diagnostics.Error(keys.ValueOf("language"), $"language '{config.Language}' is not supported", "use 'de' or 'en'");
            config.Language = "de";
        }

        CheckLanguages(config, keys, diagnostics);

        if (config.PostsPerPage < 1)
        {
            diagnostics.Error(keys.ValueOf("postsPerPage"), "postsPerPage must be at least 1");
            config.PostsPerPage = 10;
        }

        if (config.FeedItems < 1)
        {
            diagnostics.Error(keys.ValueOf("feedItems"), "feedItems must be at least 1");
            config.FeedItems = 20;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(config.TimeZone, out _))
        {
            diagnostics.Error(keys.ValueOf("timeZone"), $"unknown time zone '{config.TimeZone}'",
                "use an IANA name such as Europe/Berlin");
            config.TimeZone = "UTC";
        }

        CheckCadence(config.Cadence, keys, diagnostics);
        return config;
    }

    private static void CheckLanguages(SiteConfig config, YamlKeyLocations keys, DiagnosticBag diagnostics)
    {
        if (config.Languages.Count == 0) return;
        SourceLocation where = keys.ValueOf("languages");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (LanguageConfig language in config.Languages)
        {
            language.Code = language.Code.Trim();
            if (!SiteLanguage.Supported.ContainsKey(language.Code))
                diagnostics.Error(where, $"unknown language code '{language.Code}' in languages",
                    $"use one of: {string.Join(", ", SiteLanguage.Supported.Keys)}");
            else if (!seen.Add(language.Code))
                diagnostics.Error(where, $"the language '{language.Code}' is listed twice in languages");
        }

        string first = config.Languages[0].Code;
        if (keys.Has("language") && config.Language != first)
            diagnostics.Error(keys.ValueOf("language"), $"language '{config.Language}' is not the first of languages ('{first}')",
                "the first entry of languages is the default language; leave language out or make it the same");
        if (SiteLanguage.Supported.ContainsKey(first)) config.Language = first;
        if (config.Languages.Count > 1) return;

        // One language listed is a site in one language, with that entry's settings.
        SiteConfig only = config.For(config.Languages[0]);
        (config.Title, config.Description, config.Menu, config.Footer) = (only.Title, only.Description, only.Menu, only.Footer);
        config.Languages.Clear();
    }

    private static void CheckCadence(Cadence cadence, YamlKeyLocations keys, DiagnosticBag diagnostics)
    {
        if (cadence.Days < 1)
        {
            diagnostics.Error(keys.ValueOf("cadence"), $"cadence days must be at least 1 (got {cadence.Days})");
            cadence.Days = 14;
        }

        if (cadence.Weekday is { } weekday && !Schedule.CadencePlan.WeekdayNames.Contains(weekday.Trim().ToLowerInvariant()))
        {
            diagnostics.Error(keys.ValueOf("cadence"), $"cadence weekday '{weekday}' is not a weekday",
                "write it in English: monday, tuesday, wednesday, thursday, friday, saturday or sunday");
            cadence.Weekday = null;
        }

        if (!TimeOnly.TryParseExact(cadence.Time, "HH:mm", out _))
        {
            diagnostics.Error(keys.ValueOf("cadence"), $"cadence time '{cadence.Time}' is not a time of day", "write e.g. time: \"06:00\"");
            cadence.Time = "06:00";
        }
    }
}
