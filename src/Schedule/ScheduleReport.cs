using System.Globalization;
using System.Text;

namespace Sitecast.Schedule;

/// <summary>The text `schedule` prints: published, scheduled, drafts, gaps, the next free slot, upcoming episodes.</summary>
public static class ScheduleReport
{
    /// <param name="defaultLanguage">The site's default language; posts of others are shown with their language.</param>
    public static string Format(CadencePlan plan, IReadOnlyList<CalendarEntry> posts, IReadOnlyList<CalendarEntry> episodes,
        DateOnly today, string zone, string? defaultLanguage = null)
    {
        var text = new StringBuilder();
        text.Append($"cadence: every {plan.Days} days on {plan.WeekdayName}, {plan.Time:HH\\:mm} {zone}; today is {Day(today)}\n");

        Section(text, "published", posts.Where(p => !p.Draft && p.Date <= today).ToList());
        Section(text, "scheduled", posts.Where(p => !p.Draft && p.Date > today).ToList());
        Section(text, "drafts", posts.Where(p => p.Draft).ToList());

        // Translations share their originals' slots: the rhythm is the default language's posts (all, on a site in one).
        var rhythm = posts.Where(p => p.Language is null || p.Language == defaultLanguage).ToList();
        IReadOnlyList<CadenceGap> gaps = plan.Gaps(rhythm);
        text.Append($"\ngaps longer than {plan.Days} days ({gaps.Count}):\n");
        foreach (CadenceGap gap in gaps)
            text.Append($"  {Day(gap.Before.Date)} → {Day(gap.After.Date)}  {gap.Days} days\n");

        DateOnly next = plan.NextFreeSlot(rhythm, today);
        text.Append($"\nnext free slot: {Day(next)}\n");

        Section(text, "upcoming episodes", episodes.Where(e => !e.Draft && e.Date > today).ToList());
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IReadOnlyList<CalendarEntry> entries)
    {
        text.Append($"\n{title} ({entries.Count}):\n");
        foreach (CalendarEntry entry in entries)
            text.Append($"  {Day(entry.Date)}  {(entry.Language is { } code ? code + "  " : "")}{entry.Title}  ({entry.Path})\n");
    }

    /// <summary>"2026-12-03 Thu": the weekday in English, the same on every machine.</summary>
    public static string Day(DateOnly date) =>
        date.ToString("yyyy-MM-dd ddd", CultureInfo.InvariantCulture);
}
