using Sitecast.Diagnostics;
using Sitecast.Engine;

namespace Sitecast.Build;

/// <summary>The outcome of a build: exit code, every diagnostic (sorted) and, when the engine ran, its result.</summary>
public sealed record BuildReport(int ExitCode, IReadOnlyList<Diagnostic> Diagnostics, EngineResult? Engine, TimeSpan Elapsed)
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public bool Succeeded => ExitCode == Success;

    /// <summary>The work done and saved (Markdown rendered or cached, whether the build was skipped as up to date).</summary>
    public BuildStatistics Statistics { get; init; } = new();

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
