namespace Sitecast.Diagnostics;

/// <summary>One thing a build has to say about the content: where, what is wrong, and how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message, string? Hint = null)
{
    public override string ToString()
    {
        string severity = Severity == Severity.Error ? "error" : "warning";
        string where = Location.Path.Length == 0 ? "" : Location + ": ";
        return Hint is null ? $"{where}{severity}: {Message}" : $"{where}{severity}: {Message}\n  hint: {Hint}";
    }
}
