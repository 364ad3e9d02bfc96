namespace Sitecast.Cache;

/// <summary>What one cache file holds: the key it was stored under (checked on read) and the value.</summary>
public sealed record CacheEntry<T>(int Format, string Kind, string Key, T Value);
