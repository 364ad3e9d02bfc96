using System.Collections.Concurrent;
using Sitecast.Diagnostics;

namespace Sitecast.Build;

/// <summary>Remembers who writes each output path, so two documents can never silently overwrite each other.</summary>
public sealed class OutputRegistry
{
    private readonly ConcurrentDictionary<string, SourceLocation> _claims = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Claims a path; returns the earlier claim when another document already has it.</summary>
    public SourceLocation? Claim(string destination, SourceLocation origin)
    {
        SourceLocation winner = _claims.GetOrAdd(destination, origin);
        return winner == origin ? null : winner;
    }

    public IReadOnlyCollection<string> Paths => _claims.Keys.ToList();
}
