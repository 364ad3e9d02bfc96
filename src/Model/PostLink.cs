namespace Sitecast.Model;

/// <summary>A link to another post, e.g. the older and newer neighbour of a post.</summary>
public sealed record PostLink(string Title, string Url);
