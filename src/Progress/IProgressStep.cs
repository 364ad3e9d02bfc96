namespace Sitecast.Progress;

/// <summary>One running step; dispose it when the step is done.</summary>
public interface IProgressStep : IDisposable
{
    void Advance(int items = 1);
}
