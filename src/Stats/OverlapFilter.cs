using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Sitecast.Stats;

/// <summary>
/// Rotated logs overlap (a copy taken before rotation, access.log.1 and an old access.log): a line in two files is
/// one request. A line is new as long as this file has shown it more often than any other file has, so the same
/// request twice in one file (a retry in the same second) still counts twice. Only lines of the last hour of log
/// time are remembered: an overlap repeats lines with their own time stamps.
/// </summary>
public sealed class OverlapFilter(int files)
{
    private static readonly long Memory = TimeSpan.FromHours(1).Ticks;

    private readonly Dictionary<(long Ticks, ulong Hash), int[]> _seen = [];
    private long _latest;
    private long _lastPurge;

    public long Duplicates { get; private set; }

    /// <summary>True when the request is new; false when another file already gave it.</summary>
    public bool IsNew(in LogRequest request, int file)
    {
        if (files < 2) return true;
        ulong hash = XxHash64.HashToUInt64(MemoryMarshal.AsBytes(request.Text.AsSpan()), request.Status * 1_000_003L + request.Bytes);
        ref int[]? counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_seen, (request.UtcTicks, hash), out _);
        counts ??= new int[files];
        int mine = ++counts[file];
        int others = 0;
        for (int i = 0; i < counts.Length; i++)
            if (i != file) others = Math.Max(others, counts[i]);

        Forget(request.UtcTicks);
        if (mine > others) return true;
        Duplicates++;
        return false;
    }

    private void Forget(long ticks)
    {
        _latest = Math.Max(_latest, ticks);
        if (_latest - _lastPurge < Memory) return;
        _lastPurge = _latest;
        foreach (var key in _seen.Keys.Where(k => k.Ticks < _latest - Memory).ToList()) _seen.Remove(key);
    }
}
