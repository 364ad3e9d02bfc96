namespace Sitecast.Incremental;

/// <summary>A cache file written in full beside its place, put there by <see cref="Commit"/> or thrown away.</summary>
public sealed class PendingFile(string temporary, string path)
{
    public void Commit()
    {
        try
        {
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Discard();
        }
    }

    public void Discard() => Delete(temporary);

    internal static void Delete(string temporary)
    {
        try { File.Delete(temporary); } catch (Exception) { /* nothing more to do */ }
    }
}
