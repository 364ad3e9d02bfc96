namespace Sitecast.Schedule;

/// <summary>
/// A dated post or episode as the calendar sees it: only its date, title, file, whether it is a draft and, on a site
/// in several languages, its language and translation key (see <see cref="Content.ContentLanguage"/>).
/// </summary>
public sealed record CalendarEntry(DateOnly Date, string Title, string Path, bool Draft = false)
{
    public string? Language { get; init; }
    public string? TranslationKey { get; init; }
}
