namespace Sitecast.Preview;

/// <summary>What a request path asks for: a file, a redirect to the folder URL, nothing, or something refused.</summary>
public sealed record RequestTarget(RequestTargetKind Kind, string? FilePath = null, string? Location = null)
{
    /// <summary>
    /// Maps the raw request path (as sent, still percent-encoded) to a file below root. Refuses, rather than
    /// cleans up, anything that tries to leave: "." or ".." segments (plain or encoded), encoded slashes or
    /// backslashes, NUL and control characters, drive letters; and a file whose real path (after symbolic
    /// links) lies outside root. The raw path is used because the server's own normalisation would hide an
    /// attempt instead of refusing it.
    /// </summary>
    public static RequestTarget Resolve(string root, string rawPath)
    {
        int query = rawPath.IndexOfAny(['?', '#']);
        string path = query >= 0 ? rawPath[..query] : rawPath;
        if (!path.StartsWith('/')) return Refused;
        if (path.Contains("%2f", StringComparison.OrdinalIgnoreCase) || path.Contains("%5c", StringComparison.OrdinalIgnoreCase))
            return Refused;

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
            // Bytes that are not UTF-8 come back as U+FFFD: no file of ours has such a name.
            if (decoded.Contains('\uFFFD')) return Refused;
        }
        catch (UriFormatException)
        {
            return Refused;
        }

        if (decoded.Any(c => c < ' ' || c == '\\' || c == ':')) return Refused;
        string[] segments = decoded[1..].Split('/');
        if (segments.Any(s => s is "." or "..")) return Refused;
        if (segments.Take(segments.Length - 1).Any(s => s.Length == 0)) return Refused;

        string fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        string relative = string.Join(Path.DirectorySeparatorChar, segments.Where(s => s.Length > 0));
        string candidate = relative.Length == 0 ? fullRoot : Path.GetFullPath(Path.Combine(fullRoot, relative));
        if (!Build.SafePaths.IsUnder(candidate, fullRoot)) return Refused;

        if (Directory.Exists(candidate))
        {
            if (!decoded.EndsWith('/')) return new RequestTarget(RequestTargetKind.Redirect, Location: path + "/" + (query >= 0 ? rawPath[query..] : ""));
            candidate = Path.Combine(candidate, "index.html");
        }

        if (!File.Exists(candidate)) return NotFound;
        if (!Build.SafePaths.StaysInside(candidate, fullRoot)) return Refused;
        return new RequestTarget(RequestTargetKind.File, candidate);
    }

    public static readonly RequestTarget Refused = new(RequestTargetKind.Refused);

    public static readonly RequestTarget NotFound = new(RequestTargetKind.NotFound);
}
