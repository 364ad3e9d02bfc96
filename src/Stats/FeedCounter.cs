namespace Sitecast.Stats;

/// <summary>
/// The subscriber estimate: how many distinct listeners (salted address + User-Agent) fetched the feed on each day,
/// by app. Only the last two days' keys are kept; older days are only numbers.
/// </summary>
public sealed class FeedCounter
{
    private readonly Dictionary<DateOnly, HashSet<UInt128>> _keys = [];
    private readonly Dictionary<(DateOnly Day, string App), int> _fetchers = [];

    public IReadOnlyDictionary<(DateOnly Day, string App), int> Fetchers => _fetchers;

    public void Add(UInt128 key, DateOnly day, string app)
    {
        if (!_keys.TryGetValue(day, out HashSet<UInt128>? keys))
        {
            keys = [];
            _keys[day] = keys;
            foreach (DateOnly old in _keys.Keys.Where(d => d < day.AddDays(-1)).ToList()) _keys.Remove(old);
        }

        if (!keys.Add(key)) return;
        _fetchers[(day, app)] = _fetchers.GetValueOrDefault((day, app)) + 1;
    }
}
