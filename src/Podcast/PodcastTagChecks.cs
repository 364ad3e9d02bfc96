using System.Globalization;
using System.Text.RegularExpressions;
using Sitecast.Diagnostics;

namespace Sitecast.Podcast;

/// <summary>
/// Checks the values of the Podcasting 2.0 tags that podcast.yml and the sidecars set (location, podroll, txt,
/// updateFrequency, socialInteract), each error at the line it was written on. The rules are the namespace's own.
/// </summary>
public static partial class PodcastTagChecks
{
    /// <summary>The location with its geo URI written out, or null (with an error) when a value is wrong.</summary>
    public static PodcastLocation? Location(PodcastLocation location, SourceLocation at, DiagnosticBag diagnostics)
    {
        // Counted here: the bag is shared with episodes read at the same time.
        bool failed = false;
        void Error(string message, string hint)
        {
            diagnostics.Error(at, message, hint);
            failed = true;
        }

        if (string.IsNullOrWhiteSpace(location.Name)) Error("the location has no name", "add 'name: Aarhus' (what apps show)");
        else if (location.Name.Length > 128) Error("the location's name is longer than 128 characters", "shorten it");

        string? geo = null;
        if (location.Geo is { } given)
        {
            geo = GeoUri(given, out string? problem);
            if (geo is null) Error($"geo '{given}' is not a place: {problem}", "write latitude,longitude, e.g. geo: 56.1567,10.2039");
        }

        if (location.Osm is { } osm && !OsmId().IsMatch(osm))
            Error($"osm '{osm}' is not an OpenStreetMap object", "write its type letter (N, W or R) and id, e.g. R2407165");
        if (location.Country is { } country && !CountryCode().IsMatch(country))
            Error($"country '{country}' is not an ISO 3166-1 alpha-2 code", "write two capital letters, e.g. DK");
        if (location.Rel is { } rel && rel is not ("subject" or "creator"))
            Error($"rel '{rel}' is not known", "use subject (what the show is about) or creator (where it is made)");
        if (failed) return null;
        return new PodcastLocation { Name = location.Name.Trim(), Geo = geo, Osm = location.Osm, Country = location.Country, Rel = location.Rel };
    }

    /// <summary>"geo:lat,lon" from "lat,lon" or a geo URI, or null when it is none or off the globe.</summary>
    public static string? GeoUri(string text, out string? problem)
    {
        Match match = Geo().Match(text.Trim());
        problem = null;
        if (!match.Success)
        {
            problem = "expected two numbers, latitude and longitude";
            return null;
        }

        double latitude = double.Parse(match.Groups["lat"].Value, CultureInfo.InvariantCulture);
        double longitude = double.Parse(match.Groups["lon"].Value, CultureInfo.InvariantCulture);
        if (latitude is < -90 or > 90) problem = $"latitude {match.Groups["lat"].Value} is not between -90 and 90";
        else if (longitude is < -180 or > 180) problem = $"longitude {match.Groups["lon"].Value} is not between -180 and 180";
        return problem is null ? "geo:" + match.Groups["lat"].Value + "," + match.Groups["lon"].Value + match.Groups["rest"].Value : null;
    }

    public static void Podroll(IReadOnlyList<PodrollEntry> podroll, Func<int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        for (int i = 0; i < podroll.Count; i++)
        {
            PodrollEntry entry = podroll[i];
            if (!System.Guid.TryParse(entry.FeedGuid, out _))
                diagnostics.Error(at(i), $"feedGuid '{entry.FeedGuid}' is not a GUID",
                    "give the other show's podcast:guid (its feed has it), e.g. 917393e3-1b1e-5cef-ace4-edaa54e1f810");
            if (entry.FeedUrl is { } url && !PodcastConfigLoader.IsHttps(url))
                diagnostics.Error(at(i), $"feedUrl '{url}' is not an absolute https URL", "Podcasting 2.0 URLs need https");
        }
    }

    public static void Txt(IReadOnlyList<PodcastTxt> entries, Func<int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        for (int i = 0; i < entries.Count; i++)
        {
            PodcastTxt entry = entries[i];
            if (string.IsNullOrWhiteSpace(entry.Text))
                diagnostics.Error(at(i), "a txt entry has no text", "add 'text: …', e.g. the token a directory gave to verify the feed");
            else if (entry.Text.Length > 4000)
                diagnostics.Error(at(i), "a txt entry is longer than 4000 characters", "shorten it");
            if (entry.Purpose is { Length: > 128 })
                diagnostics.Error(at(i), "a txt entry's purpose is longer than 128 characters", "use a short word such as verify");
        }
    }

    public static void Frequency(UpdateFrequency frequency, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (frequency.Rrule is { } rrule && !RecurrenceRule().IsMatch(rrule))
            diagnostics.Error(at, $"rrule '{rrule}' is not an RFC 5545 recurrence rule",
                "start with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, e.g. FREQ=WEEKLY;INTERVAL=2");
        if (frequency.Text is { Length: > 128 })
            diagnostics.Error(at, "the updateFrequency text is longer than 128 characters", "shorten it, e.g. Alle 14 Tage");
        if (frequency.Dtstart is { } start && !DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            diagnostics.Error(at, $"dtstart '{start}' is not a date", "write e.g. 2026-10-22T06:00:00+02:00");
        if (frequency.Rrule is null && frequency.Text is null && !frequency.Complete)
            diagnostics.Error(at, "updateFrequency sets neither rrule, text nor complete", "remove it to derive it from the site's cadence, or set rrule and text");
    }

    public static void Social(IReadOnlyList<SocialInteract> entries, Func<int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        for (int i = 0; i < entries.Count; i++)
        {
            SocialInteract entry = entries[i];
            if (!SocialInteract.Protocols.Contains(entry.Protocol))
                diagnostics.Error(at(i), $"protocol '{entry.Protocol}' is not a socialInteract protocol",
                    $"use one of: {string.Join(", ", SocialInteract.Protocols)}");
            else if (entry.Protocol != "disabled" && (entry.Uri is null || !Uri.TryCreate(entry.Uri, UriKind.Absolute, out _)))
                diagnostics.Error(at(i), $"the {entry.Protocol} post has no absolute uri", "give the address of the post where listeners comment");
            if (entry.AccountUrl is { } url && !PodcastConfigLoader.IsHttps(url))
                diagnostics.Error(at(i), $"accountUrl '{url}' is not an absolute https URL", "Podcasting 2.0 URLs need https");
        }
    }

    [GeneratedRegex(@"^(geo:)?(?<lat>[+-]?\d{1,3}(\.\d+)?),(?<lon>[+-]?\d{1,3}(\.\d+)?)(?<rest>(,[+-]?\d+(\.\d+)?)?(;u=\d+(\.\d+)?)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Geo();

    [GeneratedRegex(@"^[NWR][1-9][0-9]*(#[0-9]+)?$")]
    private static partial Regex OsmId();

    [GeneratedRegex(@"^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"^FREQ=(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Za-z0-9,+-]+)*$")]
    private static partial Regex RecurrenceRule();
}
