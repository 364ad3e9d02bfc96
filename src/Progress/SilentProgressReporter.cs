namespace Sitecast.Progress;

/// <summary>Reports nothing: for tests and for builds inside the preview server.</summary>
public sealed class SilentProgressReporter : IProgressReporter, IProgressStep
{
    public static readonly SilentProgressReporter Instance = new();

    public IProgressStep Begin(string description, int total) => this;

    public void Message(string text)
    {
    }

    public void Advance(int items = 1)
    {
    }

    public void Dispose()
    {
    }
}
