namespace Sitecast.Stats;

/// <summary>
/// One request as a log line tells it. The text fields are ranges of <see cref="Text"/> (the line itself for the
/// combined format), so a line that asks for no episode and no feed costs no string at all.
/// </summary>
public readonly record struct LogRequest(
    string Text,
    long UtcTicks,
    Range Client,
    Range Method,
    Range Target,
    int Status,
    long Bytes,
    Range UserAgent)
{
    public ReadOnlySpan<char> ClientSpan => Text.AsSpan()[Client];

    public ReadOnlySpan<char> MethodSpan => Text.AsSpan()[Method];

    public ReadOnlySpan<char> TargetSpan => Text.AsSpan()[Target];

    public ReadOnlySpan<char> UserAgentSpan => Text.AsSpan()[UserAgent];

    /// <summary>The path asked for, without the query (?from=app) or fragment.</summary>
    public ReadOnlySpan<char> PathSpan
    {
        get
        {
            ReadOnlySpan<char> target = TargetSpan;
            int end = target.IndexOfAny('?', '#');
            return end < 0 ? target : target[..end];
        }
    }
}
