using Sitecast.Audio;

namespace Sitecast.Fuzz;

/// <summary>
/// The audio reader as a build calls it: duration, tags, chapters and embedded cover of an .mp3, .m4a, .opus or .ogg
/// file. A file it cannot read must end in an <see cref="AudioFormatException"/>, nothing else.
/// </summary>
internal sealed class AudioTarget : FuzzTarget
{
    private readonly ScratchFile _scratch = new("audio");

    public override string Name => "audio";

    public override IEnumerable<(string Name, byte[] Bytes)> Seeds(string repository) =>
        Repository.Fixtures(repository, ".mp3", ".m4a", ".opus", ".ogg").Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)));

    public override void Run(byte[] input)
    {
        string path = _scratch.Write(input, ExtensionOf(input));
        try
        {
            AudioInfo info = AudioReader.Read(path);
            if (info.Duration < TimeSpan.Zero) throw new InvalidDataException($"negative duration {info.Duration}");
        }
        catch (AudioFormatException e)
        {
            OwnBugs.ThrowIfHidden(e);
        }
    }

    /// <summary>The reader picks its parser by extension; here the input's first bytes pick it, so one corpus covers every format.</summary>
    private static string ExtensionOf(byte[] input) => input switch
    {
        [(byte)'O', (byte)'g', (byte)'g', (byte)'S', ..] => input.AsSpan(0, Math.Min(input.Length, 128)).IndexOf("OpusHead"u8) >= 0 ? ".opus" : ".ogg",
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', ..] => ".m4a",
        _ => ".mp3",
    };
}
