namespace Sitecast.Stats;

/// <summary>A line (or a whole file, line 0) that could not be read, and why. Never the line's text: it may hold an address.</summary>
public sealed record LogProblem(string File, long Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
