namespace Sitecast.Build;

/// <summary>
/// What a build reads, in brief: a fingerprint of every input file (path, size, modification time) and every
/// date written in them (front-matter "date:" lines and dated file names), as text, read without parsing.
/// </summary>
public sealed record SiteInputs(string Fingerprint, IReadOnlyList<string> Dates);
