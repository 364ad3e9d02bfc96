namespace Sitecast.Output;

/// <summary>
/// A seam for tests that prove a failed write loses nothing: given to one build (<see cref="Build.BuildOptions.WriteFaults"/>),
/// it makes that build's writes fail with an <see cref="IOException"/> once the given number of files were written.
/// Other builds, even at the same time, are not affected. Null outside tests.
/// </summary>
public sealed class WriteFaults(int filesBeforeFailure)
{
    private int _remaining = filesBeforeFailure;

    /// <summary>Called before each file is written; throws when the fault is due.</summary>
    public void BeforeWrite(string path)
    {
        if (Interlocked.Decrement(ref _remaining) < 0) throw new IOException($"injected write failure at {path}");
    }
}
