using System.Diagnostics;
using Xunit;

namespace Sitecast.Tests.Audio;

/// <summary>Re-checks the durations recorded in expected.json against a fresh full decode, where ffmpeg is installed.</summary>
public sealed class FixtureRecordTests
{
    [SkippableFact]
    public void Recorded_durations_are_what_ffmpeg_decodes_today()
    {
        Skip.IfNot(OnPath("ffmpeg") && OnPath("ffprobe"), "ffmpeg is not installed");

        foreach (string name in AudioFixtures.Names.Where(n => AudioFixtures.Of(n).TryGetProperty("decoded", out _)))
        {
            // sync-in-tags.mp3 records its audio's duration: a plain decode also plays its fake frames
            string source = name == "sync-in-tags.mp3" ? "vbr-noxing.mp3" : name;
            long rate = long.Parse(Run("ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries", "stream=sample_rate",
                "-of", "default=nw=1:nk=1", AudioFixtures.PathOf(source)).Trim().Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
            long samples = DecodedBytes(AudioFixtures.PathOf(source)) / 2;

            var recorded = AudioFixtures.Of(name).GetProperty("decoded");
            Assert.True(recorded.GetProperty("samples").GetInt64() == samples, $"{name}: recorded {recorded.GetProperty("samples")}, decoded {samples}");
            Assert.Equal(recorded.GetProperty("rate").GetInt64(), rate);
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, tool)));

    private static string Run(string tool, params string[] arguments)
    {
        using Process process = Start(tool, arguments);
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private static long DecodedBytes(string path)
    {
        using Process process = Start("ffmpeg", "-v", "quiet", "-i", path, "-map", "0:a:0", "-f", "s16le", "-ac", "1", "-");
        long total = 0;
        var buffer = new byte[1 << 16];
        int read;
        while ((read = process.StandardOutput.BaseStream.Read(buffer)) > 0) total += read;
        process.WaitForExit();
        return total;
    }

    private static Process Start(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in arguments) info.ArgumentList.Add(argument);
        return Process.Start(info)!;
    }
}
