namespace Sitecast.Progress;

/// <summary>
/// Where long steps (audio scanning, image processing, the build itself) say how far they are. The terminal
/// shows a live display; CI logs and redirected output get plain lines. Steps may run on several threads.
/// </summary>
public interface IProgressReporter
{
    /// <summary>Starts a step of <paramref name="total"/> items (0 when the count is not known).</summary>
    IProgressStep Begin(string description, int total);

    /// <summary>A line of output that belongs with the progress (the build summary, say).</summary>
    void Message(string text);
}
