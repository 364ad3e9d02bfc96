using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Sitecast.Incremental;

/// <summary>
/// Serialisation code generated at compile time for the values every build reads (audio facts, integrity hashes,
/// cover sizes: see <see cref="KeptValues{T}"/>), so reading them spends no time on reflection. Other types
/// fall back to reflection, except in the native build, which has none (<c>PublishAot</c> turns the switch off):
/// there every type the cache stores must be listed here. The Markdown index has a binary format of its own
/// (<see cref="MarkdownIndexFile"/>).
/// </summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(Audio.AudioInfo))]
[JsonSerializable(typeof(Podcast.PixelSize))]
internal sealed partial class CacheJsonContext : JsonSerializerContext
{
    // Set before FileOptions, which uses it: static fields are set in the order they are written here. (Default,
    // which the generated half of this class sets in a file of its own, was still null when FileOptions took it,
    // and a null resolver is skipped: every entry was read and written by reflection, at a cost to every build.)
    private static readonly CacheJsonContext Generated = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>
    /// Options for every cache file. They are read by this program only, so HTML and non-ASCII text need no escaping.
    /// </summary>
    public static readonly JsonSerializerOptions FileOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = Resolver(),
    };

    // The compiler of the native build sets the switch to false and drops the reflection branch with it.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "reflection is used only where the switch allows it")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "reflection is used only where the switch allows it")]
    private static IJsonTypeInfoResolver Resolver() => JsonSerializer.IsReflectionEnabledByDefault
        ? JsonTypeInfoResolver.Combine(Generated, new DefaultJsonTypeInfoResolver())
        : Generated;
}
