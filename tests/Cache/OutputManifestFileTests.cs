using Sitecast.Incremental;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Cache;

public sealed class OutputManifestFileTests
{
    private const string Folder = "/srv/blog/site";

    private static readonly Dictionary<string, OutputManifest.Entry> Entries = new(StringComparer.Ordinal)
    {
        ["index.html"] = new("0a1b2c3d4e5f", 12_345, 638_900_000_000_000_000),
        ["blog/straße/index.html"] = new("ffee", 0, 1),
        ["podcast/audio/folge\t1.mp3"] = new("podcast/folge 1.mp3|1400|638900000000000001", long.MaxValue, -1),
    };

    private static byte[] Written()
    {
        using var stream = new MemoryStream();
        OutputManifestFile.Write(stream, Folder, Entries);
        return stream.ToArray();
    }

    [Fact]
    public void A_manifest_reads_back_what_was_written()
    {
        var read = OutputManifestFile.Read(Written(), Folder);

        Assert.NotNull(read);
        Assert.Equal(Entries.OrderBy(e => e.Key, StringComparer.Ordinal), read.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_truncated_manifest_or_one_of_another_folder_reads_as_nothing()
    {
        byte[] bytes = Written();

        for (int length = 0; length < bytes.Length; length++)
            Assert.Null(OutputManifestFile.Read(bytes[..length], Folder));
        Assert.Null(OutputManifestFile.Read(bytes, Folder + ".spare"));
        Assert.Null(OutputManifestFile.Read("sitecast-outputs 1\n/srv/blog/site\n"u8.ToArray(), Folder));
    }

    [Fact]
    public void A_manifest_under_a_foreign_header_reads_as_nothing()
    {
        byte[] bytes = Written();

        Assert.NotNull(OutputManifestFile.Read(CacheFileHeaders.Replace(bytes, h => h), Folder));
        foreach (var change in CacheFileHeaders.Foreign)
            Assert.Null(OutputManifestFile.Read(CacheFileHeaders.Replace(bytes, change), Folder));
    }
}
