using Sitecast.Diagnostics;

namespace Sitecast.Podcast;

/// <summary>
/// The new text of podcast/published.yml, held until the build has succeeded and its output is in place: a failed
/// build never changes the record. It is the one file a build writes into the site folder, on purpose: it must be
/// committed with the episodes, so it has to live beside them.
/// </summary>
public sealed class PublishedRecordWrite
{
    private (string Path, string Text)? _pending;

    public void Stage(string path, string text) => _pending = (path, text);

    public bool Staged => _pending is not null;

    /// <summary>Writes the staged text (beside the file, then moved over it); a failure is a warning, the output stays.</summary>
    public void Commit(DiagnosticBag diagnostics)
    {
        if (_pending is not var (path, text)) return;
        string temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            File.WriteAllText(temporary, text, new System.Text.UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); } catch (Exception) { /* nothing more to do */ }
            diagnostics.Warning(new SourceLocation(PublishedRecord.DisplayPath), $"the record of published episodes could not be written: {e.Message}",
                "make podcast/ writable and build again, then commit podcast/published.yml");
        }
    }
}
