using System.Text.Json.Serialization;
using Sitecast.Build;
using Sitecast.Content;

namespace Sitecast.Cache;

/// <summary>
/// Serialisation code generated at compile time for the entries every build reads: a no-change build then
/// spends no time on reflection. Other types fall back to reflection.
/// </summary>
[JsonSerializable(typeof(CacheEntry<BuildStamp>))]
[JsonSerializable(typeof(CacheEntry<RenderedMarkdown>))]
[JsonSerializable(typeof(CacheEntry<string>))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
