namespace Sitecast.Stats;

/// <summary>Adds up the downloads as they are found: per episode and launch day, app, device and day.</summary>
public sealed class StatsTally(IReadOnlyList<EpisodeTarget> episodes)
{
    private readonly int[] _downloads = new int[episodes.Count];
    private readonly int[][] _launch = episodes.Select(_ => new int[StatsFigures.LaunchDays]).ToArray();
    private readonly Dictionary<(string Name, ListenerKind Kind), int> _apps = [];
    private readonly Dictionary<(string Name, string Category), int> _devices = [];
    private readonly SortedDictionary<DateOnly, int> _days = [];

    public void Add(EpisodeTarget episode, DateOnly day, Listener listener)
    {
        _downloads[episode.Index]++;
        int sinceRelease = day.DayNumber - episode.Released.DayNumber;
        if (sinceRelease is >= 0 and < StatsFigures.LaunchDays) _launch[episode.Index][sinceRelease]++;
        _apps[(listener.Name, listener.Kind)] = _apps.GetValueOrDefault((listener.Name, listener.Kind)) + 1;
        _devices[(listener.Device, listener.DeviceCategory)] = _devices.GetValueOrDefault((listener.Device, listener.DeviceCategory)) + 1;
        _days[day] = _days.GetValueOrDefault(day) + 1;
    }

    public IReadOnlyList<EpisodeFigures> Episodes() =>
        episodes.Select(e => new EpisodeFigures(e.Title, e.PageUrl, e.Released, _downloads[e.Index], _launch[e.Index])).ToList();

    /// <summary>Most downloads first, then by name, the unknown last: the same order on every run.</summary>
    public IReadOnlyList<NamedCount> Apps() => Ordered(_apps.Select(a => new NamedCount(a.Key.Name, KindName(a.Key.Kind), a.Value)));

    public IReadOnlyList<NamedCount> Devices() => Ordered(_devices.Select(d => new NamedCount(d.Key.Name, d.Key.Category, d.Value)));

    public IReadOnlyList<(DateOnly Day, int Downloads)> Days() => _days.Select(d => (d.Key, d.Value)).ToList();

    public static string KindName(ListenerKind kind) => kind switch
    {
        ListenerKind.App => "app",
        ListenerKind.Library => "library",
        ListenerKind.Browser => "browser",
        ListenerKind.Bot => "bot",
        _ => "unknown",
    };

    private static List<NamedCount> Ordered(IEnumerable<NamedCount> counts) => counts
        .OrderBy(c => c.Name.Length == 0)
        .ThenByDescending(c => c.Downloads)
        .ThenBy(c => c.Name, StringComparer.Ordinal)
        .ThenBy(c => c.Kind, StringComparer.Ordinal)
        .ToList();
}
