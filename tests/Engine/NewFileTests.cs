using System.Text;
using Sitecast.Engine;
using Sitecast.Incremental;
using Sitecast.Output;
using Xunit;

namespace Sitecast.Tests.Engine;

/// <summary>
/// Output files are written as new files. A file already at the path (in a reused staging folder it can be a hard
/// link to the published site) is replaced, never truncated, so the file it shares its bytes with stays as it was.
/// </summary>
public sealed class NewFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitecast-newfile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Writes_bytes_and_text_as_utf8_without_a_byte_order_mark()
    {
        string bytesPath = Path.Combine(_folder, "a.bin");
        string textPath = Path.Combine(_folder, "b.txt");

        NewFile.Write(bytesPath, [1, 2, 3]);
        NewFile.Write(textPath, "Straße");

        Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(bytesPath));
        Assert.Equal(Encoding.UTF8.GetBytes("Straße"), File.ReadAllBytes(textPath));
    }

    [Fact]
    public void Replacing_a_hard_linked_file_leaves_the_other_name_untouched()
    {
        string published = Path.Combine(_folder, "published.html");
        string staged = Path.Combine(_folder, "staged.html");
        File.WriteAllText(published, "the published page, longer than its replacement");
        Assert.True(HardLink.TryCreate(published, staged), "this file system has no hard links");

        NewFile.Write(staged, "new");

        Assert.Equal("new", File.ReadAllText(staged));
        Assert.Equal("the published page, longer than its replacement", File.ReadAllText(published));
    }

    [Fact]
    public void Copying_over_a_hard_linked_file_leaves_the_other_name_untouched()
    {
        string source = Path.Combine(_folder, "episode.mp3");
        string published = Path.Combine(_folder, "published.mp3");
        string staged = Path.Combine(_folder, "staged.mp3");
        File.WriteAllBytes(source, [9, 9]);
        File.WriteAllBytes(published, [1, 2, 3, 4]);
        Assert.True(HardLink.TryCreate(published, staged), "this file system has no hard links");

        NewFile.Copy(source, staged);

        Assert.Equal(new byte[] { 9, 9 }, File.ReadAllBytes(staged));
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, File.ReadAllBytes(published));
    }

    [Fact]
    public void A_missing_source_is_an_error_and_leaves_nothing_behind()
    {
        string staged = Path.Combine(_folder, "staged.mp3");

        Assert.Throws<FileNotFoundException>(() => NewFile.Copy(Path.Combine(_folder, "gone.mp3"), staged));
        Assert.False(File.Exists(staged));
    }
}
