using System.Text;
using System.Text.RegularExpressions;
using Sitecast.Content;
using Sitecast.Diagnostics;

namespace Sitecast.Podcast;

/// <summary>Reads and checks podcast/podcast.yml against Apple's and the Podcasting 2.0 rules.</summary>
public static partial class PodcastConfigLoader
{
    public const string DisplayPath = "podcast/podcast.yml";

    public static (PodcastConfig Config, YamlKeyLocations Keys) Load(string absolutePath, string siteLanguage, DiagnosticBag diagnostics)
    {
        string yaml = SourceText.Read(absolutePath, DisplayPath);
        var config = YamlReader.Read<PodcastConfig>(yaml, DisplayPath, 1, PodcastConfig.Keys, diagnostics, out YamlKeyLocations keys);
        Check(config, keys, siteLanguage, diagnostics);
        return (config, keys);
    }

    private static void Check(PodcastConfig config, YamlKeyLocations keys, string siteLanguage, DiagnosticBag diagnostics)
    {
        void Error(string key, string message, string? hint = null) => diagnostics.Error(keys.ValueOf(key), message, hint);

        if (string.IsNullOrWhiteSpace(config.Title)) Error("title", "the podcast has no title", "add 'title: Name of the show'");
        if (string.IsNullOrWhiteSpace(config.Description))
            Error("description", "the podcast has no description", "add 'description: …' (Apple requires one)");
        else if (Encoding.UTF8.GetByteCount(config.Description) > 4000)
            Error("description", "the description is longer than 4000 bytes, which Apple does not accept", "shorten it");
        if (string.IsNullOrWhiteSpace(config.Author))
            diagnostics.Warning(keys.ValueOf("author"), "the podcast has no author", "add 'author: …' (Apple recommends itunes:author)");

        config.Language ??= siteLanguage;
        if (!LanguageCode().IsMatch(config.Language))
            Error("language", $"'{config.Language}' is not an ISO 639 language code", "write e.g. de or de-DE");

        CheckCategory(config, keys, diagnostics);

        if (config.Feeds is not ("one" or "separate"))
            Error("feeds", $"feeds '{config.Feeds}' is not known", "use one (a feed for all languages) or separate (a feed per language)");

        if (config.Type is not ("episodic" or "serial"))
            Error("type", $"type '{config.Type}' is not known", "use episodic (newest first) or serial (in order)");
        if (string.IsNullOrWhiteSpace(config.Image))
            Error("image", "the podcast has no cover image", "add 'image: cover.jpg' (a square JPEG or PNG of 1400 to 3000 px in podcast/)");
        if (config.Link is { } link && !IsAbsoluteHttp(link))
            Error("link", $"link '{link}' is not an absolute URL", "write e.g. https://example.org/podcast/");
        foreach (PodcastFunding funding in config.Funding)
        {
            if (!IsHttps(funding.Url))
                Error("funding", $"funding URL '{funding.Url}' is not an absolute https URL", "podcast:funding needs https");
            if (string.IsNullOrWhiteSpace(funding.Text))
                Error("funding", "a funding link has no text", "add 'text: Unterstützen Sie uns' beside its url");
        }

        if (config.Locked && string.IsNullOrWhiteSpace(config.Owner?.Email))
            diagnostics.Warning(keys.ValueOf("locked"), "the feed is locked but names no owner e-mail",
                "add 'owner: { name: …, email: … }': podcast:locked carries it so hosts can verify the owner");
        if (config.Owner is { } owner && (owner.Email.Length == 0 || !owner.Email.Contains('@')))
            Error("owner", $"owner e-mail '{owner.Email}' is not an e-mail address", "write owner: { name: …, email: name@example.org }");
        if (!PodcastConfig.Media.Contains(config.Medium))
            Error("medium", $"medium '{config.Medium}' is not a podcast:medium value", $"use one of: {string.Join(", ", PodcastConfig.Media)}");
        foreach (PodcastPerson person in config.Persons) CheckPerson(person, keys.ValueOf("persons"), diagnostics);
        if (config.Guid is { } guid && !System.Guid.TryParse(guid, out _))
            Error("guid", $"'{guid}' is not a GUID", "write it as printed by the build, e.g. 917393e3-1b1e-5cef-ace4-edaa54e1f810");
        if (config.MediaBaseUrl is { } media && !IsHttps(media))
            Error("mediaBaseUrl", $"mediaBaseUrl '{media}' is not an absolute https URL", "podcast apps need https, e.g. https://cdn.example.org/audio/");
        foreach (var (key, _, url) in config.Subscribe.Configured())
        {
            if (!IsAbsoluteHttp(url) && !(key == "antennaPod" && url == "true")) Error("subscribe", $"the {key} link '{url}' is not an absolute URL", "write the full https://… address");
        }

        CheckReach(config, keys, diagnostics);
    }

    /// <summary>The tags that help apps and directories find and show the podcast, and the feed's move and hub.</summary>
    private static void CheckReach(PodcastConfig config, YamlKeyLocations keys, DiagnosticBag diagnostics)
    {
        if (config.Location is { } location)
            config.Location = PodcastTagChecks.Location(location, keys.ValueOf("location"), diagnostics);
        PodcastTagChecks.Podroll(config.Podroll, i => keys.ItemOf("podroll", i), diagnostics);
        PodcastTagChecks.Txt(config.Txt, i => keys.ItemOf("txt", i), diagnostics);
        if (config.UpdateFrequency is { } frequency) PodcastTagChecks.Frequency(frequency, keys.ValueOf("updateFrequency"), diagnostics);
        if (config.NewFeedUrl is { } moved && !IsHttps(moved))
            diagnostics.Error(keys.ValueOf("newFeedUrl"), $"newFeedUrl '{moved}' is not an absolute https URL",
                "write the feed's new address, e.g. https://podcast.example.org/feed.xml");
        else if (config.NewFeedUrl is not null && config.Guid is null)
            diagnostics.Warning(keys.ValueOf("newFeedUrl"), "the feed moves, but its podcast:guid is not pinned: built for the new address it would change",
                "add the 'guid: …' line the build prints to podcast.yml before moving, so apps keep the show");
        if (config.HubUrl is { } hub && !IsAbsoluteHttp(hub))
            diagnostics.Error(keys.ValueOf("hub"), $"hub '{hub}' is not an absolute URL", $"write a WebSub hub's address, e.g. {PodcastConfig.DefaultHub}, or none");
        if (config.PubnotifyUrl is { } pubnotify && !IsAbsoluteHttp(pubnotify))
            diagnostics.Error(keys.ValueOf("pubnotify"), $"pubnotify '{pubnotify}' is not an absolute URL",
                "write true for the Podcast Index, or an endpoint's https://… address");
    }

    private static void CheckCategory(PodcastConfig config, YamlKeyLocations keys, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(config.Category))
        {
            diagnostics.Error(keys.ValueOf("category"), "the podcast has no category", "add e.g. 'category: Government' (Apple requires one)");
            return;
        }

        if (!AppleCategories.All.TryGetValue(config.Category, out string[]? subcategories))
        {
            string? nearest = Nearest.Of(config.Category, AppleCategories.All.Keys);
            diagnostics.Error(keys.ValueOf("category"), $"'{config.Category}' is not an Apple Podcasts category",
                nearest is null ? $"use one of: {string.Join(", ", AppleCategories.All.Keys)}" : $"did you mean '{nearest}'?");
            return;
        }

        if (config.Subcategory is { } sub && !subcategories.Contains(sub))
        {
            diagnostics.Error(keys.ValueOf("subcategory"), $"'{sub}' is not a subcategory of '{config.Category}'",
                subcategories.Length == 0
                    ? $"'{config.Category}' has no subcategories: remove the line"
                    : $"use one of: {string.Join(", ", subcategories)}");
        }
    }

    public static void CheckPerson(PodcastPerson person, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(person.Name))
            diagnostics.Error(location, "a person has no name", "give each person 'name: …'");
        foreach (string? url in new[] { person.Href, person.Img })
        {
            if (url is not null && !IsHttps(url))
                diagnostics.Error(location, $"'{url}' of {person.Name} is not an absolute https URL", "podcast:person links need https");
        }
    }

    public static bool IsHttps(string url) => Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.Scheme == "https";

    private static bool IsAbsoluteHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.Scheme is "https" or "http";

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z]{2,8})?$")]
    private static partial Regex LanguageCode();
}
