namespace Sitecast.Tests.Workflow;

/// <summary>Writes a real, if silent, MP3 file (MPEG-1 Layer III frames) and tags it with TagLib#.</summary>
public static class TestAudio
{
    public static void WriteMp3(string path, string title, string comment, uint track, uint disc, int frames = 40)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // 128 kbit/s at 44.1 kHz, no padding: 144 * 128000 / 44100 = 417 bytes per frame, 26 ms each.
        const int frameLength = 417;
        byte[] bytes = new byte[frames * frameLength];
        for (int i = 0; i < frames; i++)
        {
            int at = i * frameLength;
            bytes[at] = 0xFF;
            bytes[at + 1] = 0xFB;
            bytes[at + 2] = 0x90;
            bytes[at + 3] = 0x00;
        }

        File.WriteAllBytes(path, bytes);
        using var file = TagLib.File.Create(path);
        file.Tag.Title = title;
        file.Tag.Comment = comment;
        file.Tag.Track = track;
        file.Tag.Disc = disc;
        file.Save();
    }
}
