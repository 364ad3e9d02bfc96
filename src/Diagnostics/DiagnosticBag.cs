using System.Collections.Concurrent;

namespace Sitecast.Diagnostics;

/// <summary>Collects every diagnostic of a build (from any thread), so all of them can be printed together, sorted.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Error(SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, location, message, hint));

    public void Warning(SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, location, message, hint));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);

    /// <summary>Sorted by path, line, column, then message, so output is the same whatever order threads ran in.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct()
            .OrderBy(d => d.Location)
            .ThenBy(d => d.Severity)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
