using System.Diagnostics.CodeAnalysis;
using Sitecast.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Sitecast.Content;

/// <summary>Where each top-level key of a YAML mapping and its value stand (in the file's order), for errors about them.</summary>
public sealed class YamlKeyLocations(
    Dictionary<string, SourceLocation> keys, Dictionary<string, SourceLocation> values, SourceLocation start)
{
    private readonly Dictionary<string, List<SourceLocation>> _items = new(StringComparer.Ordinal);

    /// <summary>Where the <paramref name="index"/>th item of a top-level list starts; else the key's value.</summary>
    public SourceLocation ItemOf(string key, int index) =>
        _items.TryGetValue(key, out List<SourceLocation>? items) && index < items.Count ? items[index] : ValueOf(key);

    internal void AddItem(string key, SourceLocation location)
    {
        if (!_items.TryGetValue(key, out List<SourceLocation>? items)) _items[key] = items = [];
        items.Add(location);
    }

    public SourceLocation KeyOf(string key) => keys.TryGetValue(key, out SourceLocation location) ? location : start;

    public SourceLocation ValueOf(string key) => values.TryGetValue(key, out SourceLocation location) ? location : start;

    public bool Has(string key) => keys.ContainsKey(key);

    /// <summary>The keys' positions, in the file's order.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Keys => keys;
}

/// <summary>
/// Reads YAML into typed classes with YamlDotNet. Every error points at the author's file and line:
/// a YAML block that starts on line N of a Markdown file reports its errors on that file's lines.
/// </summary>
public static class YamlReader
{
    private static readonly ThreadLocal<IDeserializer> Deserializer = new(CreateDeserializer);

    // YamlDotNet sets the properties of sitecast's classes by reflection. The native build keeps this assembly and
    // YamlDotNet whole (TrimmerRootAssembly in Build.csproj), so the properties are there to be found; what the
    // attribute warns of, code generated at run time, the reflection deserializer does not need for them.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "front matter classes are kept whole in the native build; bench/run.py compares its output with the ReadyToRun build's")]
    private static IDeserializer CreateDeserializer() => new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .WithDuplicateKeyChecking()
        .WithTypeConverter(new CleanStringConverter())
        .WithTypeInspector(inner => new CachedPropertyDescriptors(inner))
        .Build();

    /// <param name="firstLine">The file line the YAML text starts on (1-based).</param>
    /// <param name="knownKeys">Top-level keys the type understands (null: any); others get a warning naming the nearest one.</param>
    public static T Read<T>(string yaml, string path, int firstLine, IReadOnlyCollection<string>? knownKeys,
        DiagnosticBag diagnostics, out YamlKeyLocations keys) where T : new()
    {
        var start = new SourceLocation(path, firstLine, 1);
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var values = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        keys = new YamlKeyLocations(locations, values, start);
        if (string.IsNullOrWhiteSpace(yaml)) return new T();

        // One parse: its events give the keys' positions, then are replayed into the typed value.
        List<ParsingEvent> events = Parse(yaml, path, firstLine);
        foreach (var (key, valueIndex) in TopLevelEntries(events, path, firstLine))
        {
            string name = key is Scalar scalar ? scalar.Value : key.ToString() ?? "";
            locations[name] = At(path, firstLine, key.Start);
            values[name] = At(path, firstLine, events[valueIndex].Start);
            // A list's items, so an error about one names its own line.
            if (events[valueIndex] is not SequenceStart) continue;
            for (int item = valueIndex + 1; events[item] is not SequenceEnd; item = PastNode(events, item))
                keys.AddItem(name, At(path, firstLine, events[item].Start));
        }

        WarnOfUnknownKeys(keys, knownKeys, diagnostics);

        try
        {
            return Deserializer.Value!.Deserialize<T>(new ReplayedEvents(events)) ?? new T();
        }
        catch (YamlException e)
        {
            throw new ContentException(At(path, firstLine, e.Start), $"cannot read this value: {Innermost(e)}",
                "check the value's type: text, a number, true/false, a date like 2026-01-05, or a list");
        }
    }

    /// <summary>A warning for each key the type does not understand, naming the nearest one it does.</summary>
    public static void WarnOfUnknownKeys(YamlKeyLocations keys, IReadOnlyCollection<string>? knownKeys, DiagnosticBag diagnostics)
    {
        if (knownKeys is null) return;
        foreach (var (key, location) in keys.Keys)
        {
            if (knownKeys.Contains(key)) continue;
            string? nearest = Nearest.Of(key, knownKeys);
            diagnostics.Warning(location, $"unknown key '{key}' is ignored",
                nearest is null ? $"known keys: {string.Join(", ", knownKeys)}" : $"did you mean '{nearest}'?");
        }
    }

    /// <summary>Every parsing event of the text; a syntax error or a key twice in one mapping is an error at its line.</summary>
    private static List<ParsingEvent> Parse(string yaml, string path, int firstLine)
    {
        var events = new List<ParsingEvent>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext()) events.Add(parser.Current!);
        }
        catch (YamlException e)
        {
            // YamlDotNet names the start of the mapping for a tab; the author needs the tab's own line.
            if (FirstIndentingTab(yaml) is { } tab)
                throw new ContentException(new SourceLocation(path, tab.Line + firstLine - 1, tab.Column),
                    "invalid YAML: a tab is used for indentation", "YAML does not allow tabs for indentation: use spaces");
            throw new ContentException(At(path, firstLine, e.Start), $"invalid YAML: {Innermost(e)}",
                "check quotes and indentation on this line; text with a colon needs quotes");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet meets some broken text (an anchor before a flow sequence left open, a control character in
            // a tag) with an exception about its own state instead of a YamlException; it is still the author's YAML.
            Mark after = events.Count > 0 ? events[^1].End : Mark.Empty;
            throw new ContentException(At(path, firstLine, after), "invalid YAML after this point",
                "check quotes, brackets, anchors (&name) and tags (!name) here; text with special characters needs quotes");
        }

        if (events.Count > 2) RefuseDuplicateKeys(events, 2, path, firstLine);
        return events;
    }

    /// <summary>
    /// Checks the node that starts at <paramref name="start"/> for a key that appears twice in one mapping, at any
    /// depth: YAML does not allow it, and the later value would silently win. Returns the index after the node.
    /// </summary>
    private static int RefuseDuplicateKeys(List<ParsingEvent> events, int start, string path, int firstLine)
    {
        int i = start + 1;
        switch (events[start])
        {
            case MappingStart:
                var keys = new HashSet<string>(StringComparer.Ordinal);
                while (events[i] is not MappingEnd)
                {
                    ParsingEvent key = events[i];
                    if (key is Scalar scalar && !keys.Add(scalar.Value))
                        throw new ContentException(At(path, firstLine, key.Start), $"invalid YAML: Duplicate key '{scalar.Value}'",
                            "each key may appear only once");
                    i = RefuseDuplicateKeys(events, i, path, firstLine);
                    // YamlDotNet can end a mapping right after a key (an anchored mapping whose key is empty): the
                    // events would no longer pair up, and every walk over them would run past their end.
                    if (events[i] is MappingEnd)
                        throw new ContentException(At(path, firstLine, key.Start), "invalid YAML: this key has no value",
                            "write 'key: value'; a key with an empty value needs the colon");
                    i = RefuseDuplicateKeys(events, i, path, firstLine);
                }

                return i + 1;
            case SequenceStart:
                while (events[i] is not SequenceEnd) i = RefuseDuplicateKeys(events, i, path, firstLine);
                return i + 1;
            default:
                return i;
        }
    }

    /// <summary>The first node event of each key and the index of its value's in the top-level mapping, in the text's order.</summary>
    private static IEnumerable<(ParsingEvent Key, int ValueIndex)> TopLevelEntries(List<ParsingEvent> events, string path, int firstLine)
    {
        // StreamStart, DocumentStart, then the document's root node (none in an empty text).
        if (events.Count < 3 || events[2] is not NodeEvent root) yield break;
        if (root is Scalar { Value: "" }) yield break;
        if (root is not MappingStart)
            throw new ContentException(At(path, firstLine, root.Start), "expected keys with values (key: value)",
                "write one 'key: value' per line");
        int i = 3;
        while (events[i] is not MappingEnd)
        {
            ParsingEvent key = events[i];
            i = PastNode(events, i);
            int value = i;
            i = PastNode(events, i);
            yield return (key, value);
        }
    }

    /// <summary>The index after the node that starts at <paramref name="start"/>, with everything nested in it.</summary>
    private static int PastNode(List<ParsingEvent> events, int start)
    {
        int depth = 0;
        int i = start;
        do
        {
            depth += events[i].NestingIncrease;
            i++;
        }
        while (depth > 0);
        return i;
    }

    /// <summary>Parsing events recorded once, handed to the deserializer as if it parsed the text itself.</summary>
    private sealed class ReplayedEvents(List<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }

    private static (int Line, int Column)? FirstIndentingTab(string yaml)
    {
        string[] lines = yaml.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            int tab = lines[i].IndexOf('\t');
            if (tab >= 0 && tab < indent) return (i + 1, tab + 1);
        }

        return null;
    }

    private static SourceLocation At(string path, int firstLine, Mark mark) =>
        new(path, (int)mark.Line + firstLine - 1, (int)mark.Column);

    /// <summary>YamlDotNet wraps the useful message; prefer the innermost one, without its position prefix.</summary>
    private static string Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        string message = e.Message;
        int close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
