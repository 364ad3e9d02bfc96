using System.Text.Json;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Audio;

/// <summary>The real audio files made by tests/fixtures/audio/make-fixtures.sh and what expected.json says of them.</summary>
public static class AudioFixtures
{
    public static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "fixtures", "audio");

    private static readonly Lazy<JsonElement> Expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json"))).RootElement);

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static JsonElement Of(string name) => Expected.Value.GetProperty(name);

    public static IEnumerable<string> Names => Expected.Value.EnumerateObject().Select(p => p.Name);

    /// <summary>Every playable fixture: those with a decoded duration.</summary>
    public static TheoryData<string> Playable() => Data(name => Of(name).TryGetProperty("decoded", out _));

    public static TheoryData<string> WithChapters() => Data(name => Of(name).TryGetProperty("chapters", out _));

    public static TheoryData<string> Tagged() => Data(name => !Of(name).TryGetProperty("error", out _));

    public static double DecodedSeconds(string name) => Of(name).GetProperty("decoded").GetProperty("duration").GetDouble();

    public static string? Text(string name, string field) =>
        Of(name).TryGetProperty(field, out JsonElement value) ? value.GetString() : null;

    public static int? Number(string name, string field) =>
        Of(name).TryGetProperty(field, out JsonElement value) ? value.GetInt32() : null;

    private static TheoryData<string> Data(Func<string, bool> filter)
    {
        var data = new TheoryData<string>();
        foreach (string name in Names.Where(filter)) data.Add(name);
        return data;
    }
}
