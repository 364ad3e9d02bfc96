namespace Sitecast.Output;

/// <summary>
/// Keeps two builds from writing the same output folder at once: the second one stops with a clear message
/// instead of interleaving its files with the first. The lock is an open file beside the output folder,
/// released by the operating system even when the process dies.
/// </summary>
public sealed class BuildLock : IDisposable
{
    private readonly FileStream _stream;

    private BuildLock(FileStream stream) => _stream = stream;

    public static string PathFor(string outputRoot) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot)) + ".lock";

    /// <summary>Takes the lock, or returns null when another build holds it.</summary>
    public static BuildLock? TryAcquire(string outputRoot)
    {
        string path = PathFor(outputRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            return new BuildLock(stream);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
