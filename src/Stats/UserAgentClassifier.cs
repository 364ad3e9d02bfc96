namespace Sitecast.Stats;

/// <summary>
/// Turns a User-Agent into a <see cref="Listener"/>, remembering each answer: a log has few distinct User-Agents,
/// and trying a thousand patterns once per line would be the slowest part of the run. The memory is capped, so a
/// log full of made-up User-Agents costs time, not memory.
/// </summary>
public sealed class UserAgentClassifier(UserAgentLists lists)
{
    private const int MaxRemembered = 50_000;

    private readonly Dictionary<string, Listener> _known = new(StringComparer.Ordinal);

    public Listener Classify(ReadOnlySpan<char> userAgent)
    {
        var lookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(userAgent, out Listener? known)) return known;

        // OPAWG: remove newlines first (only bad actors send them).
        string text = userAgent.ToString();
        string cleaned = text.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
        Listener listener = Match(cleaned);
        if (_known.Count >= MaxRemembered) _known.Clear();
        _known[text] = listener;
        return listener;
    }

    private Listener Match(string userAgent)
    {
        if (userAgent.Length == 0 || userAgent == "-") return Listener.Unknown;
        var entity = lists.MatchEntity(userAgent);
        ListenerKind kind = entity?.Kind ?? ListenerKind.Unknown;
        string name = entity?.Pattern.Name ?? "";
        if (kind == ListenerKind.Bot) return new Listener(kind, name, "", "");
        UserAgentPattern? device = lists.MatchDevice(userAgent);
        return new Listener(kind, name, device?.Name ?? "", device?.Category ?? "");
    }
}
