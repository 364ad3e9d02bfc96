using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Sitecast.Engine;

/// <summary>
/// Timings for finding the slow steps of a build without a profiler: every module of every phase, and the
/// steps around the engine (reading the theme, swapping the output folder). Switched on with the environment
/// variable SITECAST_TRACE=1 and printed to stderr after the build, slowest first; off, it costs nothing.
/// </summary>
public sealed class EngineTrace
{
    public const string Variable = "SITECAST_TRACE";

    private readonly ConcurrentQueue<(string Step, int Documents, TimeSpan Elapsed, TimeSpan EndedAt, long HeapMb, long ResidentMb)> _entries = new();

    // When each step ended, counted from the start of the process: steps run side by side, so their times alone
    // do not say which of them the build waited for.
    private readonly DateTime _processStart;

    internal EngineTrace()
    {
        using Process self = Process.GetCurrentProcess();
        _processStart = self.StartTime;
    }

    /// <summary>A trace when SITECAST_TRACE is set to 1 or true, else null.</summary>
    public static EngineTrace? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is "1" or "true" ? new EngineTrace() : null;

    /// <summary>Records a step with the managed heap and the resident memory when it ended, to find where memory peaks.</summary>
    public void Record(string step, int documents, TimeSpan elapsed) =>
        _entries.Enqueue((step, documents, elapsed, DateTime.Now - _processStart, GC.GetTotalMemory(forceFullCollection: false) >> 20, Environment.WorkingSet >> 20));

    /// <summary>Times <paramref name="action"/> as one step.</summary>
    public T Time<T>(string step, Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        T result = action();
        Record(step, 0, watch.Elapsed);
        return result;
    }

    public void WriteTo(TextWriter writer)
    {
        // The time the runtime took before Main: start-up that no step below accounts for.
        TimeSpan sinceStart = DateTime.Now - _processStart;
        writer.WriteLine($"trace: {sinceStart.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms since the process started");
        // Allocation and garbage collection, which no step's own time shows.
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trace: {GC.GetTotalAllocatedBytes() / 1_000_000} MB allocated; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, " +
            $"gen2 {GC.CollectionCount(2)}; {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused; " +
            $"{System.Runtime.JitInfo.GetCompiledMethodCount()} methods JIT-compiled in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms"));
        using (Process self = Process.GetCurrentProcess())
            writer.WriteLine($"trace: peak resident memory {self.PeakWorkingSet64 >> 20} MB");
        writer.WriteLine($"trace: {"ms",8} {"ended",6} {"docs",6} {"heap MB",7} {"rss MB",6}  step (ended: ms since the process started; heap and resident memory then)");
        foreach (var (step, documents, elapsed, endedAt, heap, resident) in _entries.OrderByDescending(e => e.Elapsed).ThenBy(e => e.Step, StringComparer.Ordinal))
        {
            string ms = elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
            string ended = endedAt.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            writer.WriteLine($"trace: {ms,8} {ended,6} {documents,6} {heap,7} {resident,6}  {step}");
        }
    }
}
