namespace Sitecast.Stats;

/// <summary>Reads a line in whichever format it is written: a JSON object, or the combined format.</summary>
public static class LogFormat
{
    public static bool TryParse(string line, out LogRequest request, out string problem) =>
        line.AsSpan().TrimStart().StartsWith('{')
            ? JsonLogFormat.TryParse(line, out request, out problem)
            : CombinedLogFormat.TryParse(line, out request, out problem);
}
