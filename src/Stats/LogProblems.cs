namespace Sitecast.Stats;

/// <summary>Every line that could not be read is counted; the first few are kept with their file and line, for the summary.</summary>
public sealed class LogProblems
{
    public const int Kept = 10;

    private readonly List<LogProblem> _first = [];

    public long Count { get; private set; }

    public IReadOnlyList<LogProblem> First => _first;

    public void Add(string file, long line, string reason)
    {
        Count++;
        if (_first.Count < Kept) _first.Add(new LogProblem(file, line, reason));
    }
}
