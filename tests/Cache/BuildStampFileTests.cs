using Sitecast.Diagnostics;
using Sitecast.Incremental;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Cache;

public sealed class BuildStampFileTests
{
    private static readonly BuildStamp Stamp = new(
        "0123456789abcdef", "fedcba9876543210", "Europe/Berlin",
        new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(1)).AddTicks(1234567),
        null,
        new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.FromHours(-5.5)),
        ["2026-12-03", "2026-11-30T06:00", "2026-10-08 09:30"],
        [
            new Diagnostic(Severity.Warning, new SourceLocation("input/pages/info.md", 3, 1), "unknown key 'titel'", "did you mean 'title'?"),
            new Diagnostic(Severity.Error, new SourceLocation("site.yml"), "„Straße“ <ungültig>"),
        ]);

    private static byte[] Written(BuildStamp stamp)
    {
        using var stream = new MemoryStream();
        BuildStampFile.Write(stream, stamp);
        return stream.ToArray();
    }

    [Fact]
    public void A_stamp_reads_back_what_was_written()
    {
        BuildStamp? read = BuildStampFile.Read(Written(Stamp));

        Assert.NotNull(read);
        Assert.Equal((Stamp.InputFingerprint, Stamp.OutputFingerprint, Stamp.TimeZone), (read.InputFingerprint, read.OutputFingerprint, read.TimeZone));
        // To the tick and with the offset it had.
        Assert.Equal((Stamp.BuiltAt.Ticks, Stamp.BuiltAt.Offset), (read.BuiltAt.Ticks, read.BuiltAt.Offset));
        Assert.Null(read.ValidFrom);
        Assert.Equal((Stamp.ValidUntil!.Value.Ticks, Stamp.ValidUntil.Value.Offset), (read.ValidUntil!.Value.Ticks, read.ValidUntil.Value.Offset));
        Assert.Equal(Stamp.ContentDates, read.ContentDates);
        Assert.Equal(Stamp.Diagnostics, read.Diagnostics);

        BuildStamp empty = Stamp with { ValidFrom = Stamp.BuiltAt, ValidUntil = null, ContentDates = [], Diagnostics = [] };
        BuildStamp? readEmpty = BuildStampFile.Read(Written(empty));
        Assert.NotNull(readEmpty);
        Assert.Equal((empty.ValidFrom, empty.ValidUntil), (readEmpty.ValidFrom, readEmpty.ValidUntil));
        Assert.Empty(readEmpty.ContentDates);
        Assert.Empty(readEmpty.Diagnostics);
    }

    [Fact]
    public void A_truncated_stamp_or_one_of_the_earlier_json_layout_reads_as_nothing()
    {
        byte[] bytes = Written(Stamp);

        for (int length = 0; length < bytes.Length; length++)
            Assert.Null(BuildStampFile.Read(bytes[..length]));
        Assert.Null(BuildStampFile.Read("{\"format\":1,\"input\":\"0123456789abcdef\"}"u8.ToArray()));
    }

    [Fact]
    public void A_stamp_under_a_foreign_header_reads_as_nothing()
    {
        byte[] bytes = Written(Stamp);

        Assert.NotNull(BuildStampFile.Read(CacheFileHeaders.Replace(bytes, h => h)));
        foreach (var change in CacheFileHeaders.Foreign)
            Assert.Null(BuildStampFile.Read(CacheFileHeaders.Replace(bytes, change)));
    }
}
