using System.Text.Json.Serialization;
using Sitecast.Content;

namespace Sitecast.Cache;

/// <summary>
/// Serialisation code generated at compile time for the entries every build reads (the Markdown index and
/// file-hash links, audio facts), so reading them spends no time on reflection. Other types fall back to reflection.
/// </summary>
[JsonSerializable(typeof(CacheEntry<RenderedMarkdown>))]
[JsonSerializable(typeof(CacheEntry<SortedDictionary<string, RenderedMarkdown>>))]
[JsonSerializable(typeof(CacheEntry<string>))]
[JsonSerializable(typeof(CacheEntry<Audio.AudioInfo>))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
