using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Model;

namespace Sitecast.Schedule;

/// <summary>site.yml, the posts' and episodes' dates and the cadence of one site: what `new` and `schedule` work from.</summary>
public sealed record SiteCalendar(
    SiteConfig Config,
    TimeZoneInfo Zone,
    DateOnly Today,
    IReadOnlyList<CalendarEntry> Posts,
    IReadOnlyList<CalendarEntry> Episodes,
    CadencePlan Plan)
{
    /// <summary>Loads the calendar, or returns the diagnostics that stop it (no site.yml, a broken one).</summary>
    public static SiteCalendar? Load(string sourceRoot, DateTime? now, DiagnosticBag diagnostics)
    {
        if (!File.Exists(Path.Combine(sourceRoot, SiteConfigLoader.FileName)))
        {
            diagnostics.Error(new SourceLocation(""), $"{sourceRoot} is not a site folder: it has no {SiteConfigLoader.FileName}",
                "run in a site folder or name one with --source");
            return null;
        }

        SiteConfig config;
        try
        {
            config = SiteConfigLoader.Load(sourceRoot, null, diagnostics);
        }
        catch (ContentException e)
        {
            diagnostics.Add(e.Diagnostic);
            return null;
        }

        if (diagnostics.HasErrors) return null;
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(config.TimeZone);
        DateTimeOffset moment = now is { } local ? ContentDate.InZone(local, zone) : TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        var posts = CalendarReader.Posts(sourceRoot, zone, diagnostics, SiteLanguage.Of(config));
        var episodes = CalendarReader.Episodes(sourceRoot, zone, diagnostics);
        var original = posts.Where(p => p.Language is null || p.Language == config.Language).ToList();
        return new SiteCalendar(config, zone, DateOnly.FromDateTime(moment.DateTime), posts, episodes, CadencePlan.From(config.Cadence, original));
    }

    /// <summary>
    /// The posts that make the rhythm: on a site in several languages those of the default language (a translation
    /// shares its original's slot); else all.
    /// </summary>
    public IReadOnlyList<CalendarEntry> RhythmPosts => Posts.Where(p => p.Language is null || p.Language == Config.Language).ToList();

    public DateOnly NextFreeSlot => Plan.NextFreeSlot(RhythmPosts, Today);
}
