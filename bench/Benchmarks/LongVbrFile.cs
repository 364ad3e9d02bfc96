using Sitecast.Audio;

namespace Sitecast.Benchmarks;

/// <summary>An hour-long VBR MP3 without a Xing header, for the frame-scanning benchmark.</summary>
internal static class LongVbrFile
{
    public static string Find()
    {
        string made = Path.Combine(BenchSite.OutRoot, "audio", "long-vbr-noxing.mp3");
        if (File.Exists(made)) return made;

        string repeated = Path.Combine(BenchSite.OutRoot, "audio", "fixture-vbr-noxing-60min.mp3");
        if (!File.Exists(repeated)) RepeatFixture(repeated);
        return repeated;
    }

    /// <summary>The fixture's MPEG frames (its ID3v2 tag left out) written back to back until they last an hour.</summary>
    private static void RepeatFixture(string target)
    {
        string fixture = Path.Combine(BenchSite.RepoRoot, "tests", "fixtures", "audio", "vbr-noxing.mp3");
        byte[] bytes = File.ReadAllBytes(fixture);
        int start = 0;
        if (bytes is [(byte)'I', (byte)'D', (byte)'3', ..])
            start = 10 + ((bytes[6] & 0x7F) << 21 | (bytes[7] & 0x7F) << 14 | (bytes[8] & 0x7F) << 7 | (bytes[9] & 0x7F));
        int end = bytes.Length >= 128 && bytes.AsSpan(bytes.Length - 128, 3).SequenceEqual("TAG"u8) ? bytes.Length - 128 : bytes.Length;

        TimeSpan once = AudioReader.Read(fixture).Duration;
        int copies = (int)Math.Ceiling(TimeSpan.FromHours(1) / once);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using FileStream output = File.Create(target + ".part");
        for (int i = 0; i < copies; i++) output.Write(bytes, start, end - start);
        output.Close();
        File.Move(target + ".part", target, overwrite: true);
    }
}
