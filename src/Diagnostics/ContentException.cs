namespace Sitecast.Diagnostics;

/// <summary>
/// Thrown where a piece of content cannot be processed any further. The module that catches it
/// records the diagnostic and drops the document, so one bad file never hides the errors of the others.
/// </summary>
public sealed class ContentException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;

    public ContentException(SourceLocation location, string message, string? hint = null)
        : this(new Diagnostic(Severity.Error, location, message, hint))
    {
    }
}
