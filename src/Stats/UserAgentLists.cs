using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sitecast.Stats;

/// <summary>
/// The OPAWG user-agent lists embedded in the program (data/opawg-user-agents-v2/, MIT): bots, apps, libraries and
/// browsers in the order they are tried, and devices, matched separately.
/// </summary>
public sealed class UserAgentLists
{
    private static readonly Lazy<UserAgentLists> Embedded = new(() => new UserAgentLists(
        Read("bots"), Read("apps"), Read("libraries"), Read("browsers"), Read("devices")));

    private UserAgentLists(IReadOnlyList<UserAgentPattern> bots, IReadOnlyList<UserAgentPattern> apps,
        IReadOnlyList<UserAgentPattern> libraries, IReadOnlyList<UserAgentPattern> browsers, IReadOnlyList<UserAgentPattern> devices)
    {
        Entities = [(ListenerKind.Bot, bots), (ListenerKind.App, apps), (ListenerKind.Library, libraries), (ListenerKind.Browser, browsers)];
        Devices = devices;
    }

    public static UserAgentLists Load() => Embedded.Value;

    /// <summary>The lists a User-Agent is tried against, in OPAWG's order; the first match wins.</summary>
    public IReadOnlyList<(ListenerKind Kind, IReadOnlyList<UserAgentPattern> Patterns)> Entities { get; }

    public IReadOnlyList<UserAgentPattern> Devices { get; }

    /// <summary>The first entry of the first list that matches, or null.</summary>
    public (ListenerKind Kind, UserAgentPattern Pattern)? MatchEntity(string userAgent)
    {
        foreach (var (kind, patterns) in Entities)
            foreach (UserAgentPattern pattern in patterns)
                if (pattern.Pattern.IsMatch(userAgent)) return (kind, pattern);
        return null;
    }

    public UserAgentPattern? MatchDevice(string userAgent)
    {
        foreach (UserAgentPattern pattern in Devices)
            if (pattern.Pattern.IsMatch(userAgent)) return pattern;
        return null;
    }

    private static List<UserAgentPattern> Read(string list)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"opawg/{list}.json")
            ?? throw new InvalidOperationException($"the program was built without the OPAWG list {list}.json");
        using JsonDocument json = JsonDocument.Parse(stream);
        var patterns = new List<UserAgentPattern>();
        foreach (JsonElement entry in json.RootElement.GetProperty("entries").EnumerateArray())
        {
            string name = entry.GetProperty("name").GetString()!;
            // Interpreted, not compiled: a thousand compiled patterns would cost a second at every start, and each
            // User-Agent is classified once per run (see UserAgentClassifier).
            var regex = new Regex(entry.GetProperty("pattern").GetString()!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            string? category = entry.TryGetProperty("category", out JsonElement c) ? c.GetString() : null;
            string[] examples = entry.TryGetProperty("examples", out JsonElement e)
                ? e.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
                : [];
            patterns.Add(new UserAgentPattern(name, regex, category, examples));
        }

        return patterns;
    }
}
