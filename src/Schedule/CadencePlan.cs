using Sitecast.Model;

namespace Sitecast.Schedule;

/// <summary>
/// The rhythm of posts: every <see cref="Days"/> days on <see cref="Weekday"/>. Slots are calendar dates
/// (DateOnly), so month and year ends and daylight-saving changes cannot shift them; the time of day is
/// added only when a post is dated, in the site's zone.
/// </summary>
public sealed record CadencePlan(int Days, DayOfWeek Weekday, TimeOnly Time)
{
    public static readonly string[] WeekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>The plan from site.yml; the weekday defaults to the latest post's, else Thursday.</summary>
    public static CadencePlan From(Cadence cadence, IReadOnlyList<CalendarEntry> posts)
    {
        DayOfWeek weekday = cadence.Weekday is { } name && Array.IndexOf(WeekdayNames, name.Trim().ToLowerInvariant()) is >= 0 and var index
            ? (DayOfWeek)index
            : posts.Count > 0 ? posts[^1].Date.DayOfWeek : DayOfWeek.Thursday;
        TimeOnly time = TimeOnly.TryParseExact(cadence.Time, "HH:mm", out TimeOnly parsed) ? parsed : new TimeOnly(6, 0);
        return new CadencePlan(Math.Max(1, cadence.Days), weekday, time);
    }

    /// <summary>
    /// The first slot after the last post: its date plus the cadence, moved on to the publishing weekday; never
    /// before today (a lapsed rhythm starts again at the next publishing weekday).
    /// </summary>
    public DateOnly NextFreeSlot(IReadOnlyList<CalendarEntry> posts, DateOnly today)
    {
        DateOnly candidate = posts.Count == 0 ? today : posts.Max(p => p.Date).AddDays(Days);
        if (candidate < today) candidate = today;
        return OnOrAfterWeekday(candidate);
    }

    /// <summary>Consecutive posts (drafts left out) further apart than the cadence.</summary>
    public IReadOnlyList<CadenceGap> Gaps(IReadOnlyList<CalendarEntry> posts)
    {
        var dated = posts.Where(p => !p.Draft).OrderBy(p => p.Date).ThenBy(p => p.Path, StringComparer.Ordinal).ToList();
        var gaps = new List<CadenceGap>();
        for (int i = 1; i < dated.Count; i++)
        {
            var gap = new CadenceGap(dated[i - 1], dated[i]);
            if (gap.Days > Days) gaps.Add(gap);
        }

        return gaps;
    }

    public DateOnly OnOrAfterWeekday(DateOnly date) => date.AddDays(((int)Weekday - (int)date.DayOfWeek + 7) % 7);

    public string WeekdayName => WeekdayNames[(int)Weekday];
}
