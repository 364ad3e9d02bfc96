using Sitecast.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Sitecast.Content;

/// <summary>Where each top-level key of a YAML mapping and its value stand (in the file's order), for errors about them.</summary>
public sealed class YamlKeyLocations(
    Dictionary<string, SourceLocation> keys, Dictionary<string, SourceLocation> values, SourceLocation start)
{
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
    private static readonly ThreadLocal<IDeserializer> Deserializer = new(() => new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .WithDuplicateKeyChecking()
        .WithTypeConverter(new CleanStringConverter())
        .Build());

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

        YamlMappingNode root = LoadMapping(yaml, path, firstLine);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var location = At(path, firstLine, keyNode.Start);
            string key = keyNode is YamlScalarNode scalar ? scalar.Value ?? "" : keyNode.ToString();
            locations[key] = location;
            values[key] = At(path, firstLine, valueNode.Start);
        }

        WarnOfUnknownKeys(keys, knownKeys, diagnostics);

        try
        {
            return Deserializer.Value!.Deserialize<T>(yaml) ?? new T();
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

    private static YamlMappingNode LoadMapping(string yaml, string path, int firstLine)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // YamlDotNet names the start of the mapping for a tab; the author needs the tab's own line.
            if (FirstIndentingTab(yaml) is { } tab)
                throw new ContentException(new SourceLocation(path, tab.Line + firstLine - 1, tab.Column),
                    "invalid YAML: a tab is used for indentation", "YAML does not allow tabs for indentation: use spaces");
            string? hint = Innermost(e).Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
                ? "each key may appear only once"
                : "check quotes and indentation on this line; text with a colon needs quotes";
            throw new ContentException(At(path, firstLine, e.Start), $"invalid YAML: {Innermost(e)}", hint);
        }

        if (stream.Documents.Count == 0) return new YamlMappingNode();
        if (stream.Documents[0].RootNode is YamlMappingNode mapping) return mapping;
        if (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
        throw new ContentException(At(path, firstLine, stream.Documents[0].RootNode.Start),
            "expected keys with values (key: value)", "write one 'key: value' per line");
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
