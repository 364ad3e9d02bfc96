using System.Text.RegularExpressions;

namespace Sitecast.Stats;

/// <summary>One entry of an OPAWG list: its name, its pattern, its category (devices and libraries have one), its examples.</summary>
public sealed record UserAgentPattern(string Name, Regex Pattern, string? Category, IReadOnlyList<string> Examples);
