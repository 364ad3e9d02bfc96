using Sitecast.Audio;
using Xunit;

namespace Sitecast.Tests.Audio;

/// <summary>Damaged copies of the fixtures: each is read or rejected with an <see cref="AudioFormatException"/>, never anything else.</summary>
public sealed class AudioFuzzTests
{
    public const int Rounds = 40;

    [Theory]
    [InlineData("cbr.mp3")]
    [InlineData("chapters-ctoc.mp3")]
    [InlineData("id3v24-utf8.mp3")]
    [InlineData("chapters.m4a")]
    [InlineData("chapters-qt.m4a")]
    [InlineData("chapters.opus")]
    public void Damaged_files_are_read_or_rejected_but_never_crash(string name)
    {
        byte[] original = File.ReadAllBytes(AudioFixtures.PathOf(name));
        var random = new Random(name.Length * 7919); // fixed seed: the same damage on every run
        using var folder = new TempAudioFolder();

        for (int round = 0; round < Rounds; round++)
        {
            byte[] damaged = Damage(original, random, round);
            string path = folder.Write($"{round}{Path.GetExtension(name)}", damaged);
            try
            {
                AudioInfo info = AudioReader.Read(path);
                Assert.True(info.Duration >= TimeSpan.Zero, $"round {round}: negative duration");
            }
            catch (AudioFormatException)
            {
            }
            catch (Exception e)
            {
                Assert.Fail($"round {round} of {name}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        }
    }

    private static byte[] Damage(byte[] original, Random random, int round)
    {
        byte[] copy = (byte[])original.Clone();
        switch (round % 4)
        {
            case 0: // cut anywhere
                return copy[..random.Next(1, copy.Length)];
            case 1: // flip bytes near the start (tags, headers, ftyp/mdat)
                for (int i = 0; i < 8; i++) copy[random.Next(Math.Min(copy.Length, 4096))] = (byte)random.Next(256);
                return copy;
            case 2: // flip bytes near the end (ID3v1/APE, moov, last Ogg pages)
                for (int i = 0; i < 8; i++) copy[copy.Length - 1 - random.Next(Math.Min(copy.Length, 4096))] = (byte)random.Next(256);
                return copy;
            default: // set size-like words to huge values
                for (int i = 0; i < 4; i++)
                {
                    int at = random.Next(copy.Length - 4);
                    copy[at] = 0x7F;
                    copy[at + 1] = 0xFF;
                }

                return copy;
        }
    }
}
