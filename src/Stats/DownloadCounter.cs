using System.Runtime.InteropServices;

namespace Sitecast.Stats;

/// <summary>
/// IAB v2.2 downloads: the requests of one listener (salted key of address + User-Agent) for one episode within 24
/// hours of their first one are one download attempt; it counts once the bytes served add up to the episode's
/// minimum (range requests summed). Only windows still open are kept: that is the run's only growing memory.
/// </summary>
public sealed class DownloadCounter
{
    private static readonly long Day = TimeSpan.FromDays(1).Ticks;

    private readonly Dictionary<UInt128, Window> _windows = [];
    private long _latest;
    private long _lastPurge;

    /// <summary>The most windows open at once, for the benchmark's memory figure.</summary>
    public int MostOpen { get; private set; }

    /// <summary>Adds a request's bytes; true exactly when this request makes the window a download.</summary>
    public bool Add(UInt128 key, long utcTicks, long bytes, long minimumBytes)
    {
        Forget(utcTicks);
        ref Window window = ref CollectionsMarshal.GetValueRefOrAddDefault(_windows, key, out bool exists);
        if (!exists || utcTicks - window.Start >= Day) window = new Window { Start = utcTicks };
        if (window.Counted) return false;
        window.Bytes += bytes;
        if (window.Bytes < minimumBytes) return false;
        window.Counted = true;
        return true;
    }

    private void Forget(long utcTicks)
    {
        _latest = Math.Max(_latest, utcTicks);
        MostOpen = Math.Max(MostOpen, _windows.Count);
        if (_latest - _lastPurge < TimeSpan.TicksPerHour) return;
        _lastPurge = _latest;
        // An hour of slack: Apache logs the time a request started, so a long download's line comes late.
        long closed = _latest - Day - TimeSpan.TicksPerHour;
        foreach (var (key, window) in _windows)
            if (window.Start < closed) _windows.Remove(key);
    }

    private struct Window
    {
        public long Start;
        public long Bytes;
        public bool Counted;
    }
}
