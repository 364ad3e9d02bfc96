namespace Sitecast.Tests.Audio;

/// <summary>A fresh temporary folder for audio files a test builds from the fixtures (cut, joined, re-tagged).</summary>
public sealed class TempAudioFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitecast-audio-" + Guid.NewGuid().ToString("N"));

    public TempAudioFolder() => Directory.CreateDirectory(Path);

    public string Write(string name, byte[] bytes)
    {
        string file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
