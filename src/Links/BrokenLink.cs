namespace Sitecast.Links;

/// <summary>A link in an output page that leads nowhere: the page (output-relative), the URL as written, and why.</summary>
public sealed record BrokenLink(string Page, string Url, int Offset, string Reason);
