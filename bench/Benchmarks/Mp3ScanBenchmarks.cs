using BenchmarkDotNet.Attributes;
using Microsoft.Win32.SafeHandles;
using Sitecast.Audio;

namespace Sitecast.Benchmarks;

/// <summary>
/// The exact duration of an hour of VBR MP3 without a Xing header, which means walking every frame header.
/// The file is bench/out/audio/long-vbr-noxing.mp3 (made by bench/run.py with sox and lame) or, without it,
/// the test fixture's frames repeated to an hour. The file is in the page cache after the first run.
/// </summary>
[MemoryDiagnoser]
public class Mp3ScanBenchmarks
{
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        _path = LongVbrFile.Find();
        TimeSpan duration = ScanVbrHourWithoutXing();
        Console.WriteLine($"// MP3: {_path}, {new FileInfo(_path).Length / 1_000_000.0:0.0} MB, {duration.TotalMinutes:0.0} minutes");
    }

    [Benchmark]
    public TimeSpan ScanVbrHourWithoutXing()
    {
        using SafeFileHandle handle = File.OpenHandle(_path);
        var window = new FileWindow(handle, RandomAccess.GetLength(handle));
        return MpegDuration.Measure(window).Duration;
    }
}
