namespace Sitecast.Links;

/// <summary>An attribute the link checker cares about, with its value decoded and where it starts in the UTF-8 bytes.</summary>
public readonly record struct HtmlAttribute(string Name, string Value, int Offset);
