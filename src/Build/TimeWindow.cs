namespace Sitecast.Build;

/// <summary>
/// The span around a build's "now" in which its output stays the same: from the latest content date at or
/// before now to the earliest one after it. Modules that compare a date with now record that date here.
/// </summary>
public sealed class TimeWindow(DateTimeOffset now)
{
    private readonly Lock _lock = new();

    public DateTimeOffset? From { get; private set; }

    public DateTimeOffset? Until { get; private set; }

    /// <summary>Records a date the output depends on (a post that is published before it and scheduled after it).</summary>
    public void DependsOn(DateTimeOffset moment)
    {
        lock (_lock)
        {
            if (moment > now)
            {
                if (Until is null || moment < Until) Until = moment;
            }
            else if (From is null || moment > From)
            {
                From = moment;
            }
        }
    }

    public static bool Contains(DateTimeOffset? from, DateTimeOffset? until, DateTimeOffset now) =>
        (from is null || from <= now) && (until is null || now < until);
}
