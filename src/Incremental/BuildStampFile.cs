using System.Text;
using Sitecast.Diagnostics;

namespace Sitecast.Incremental;

/// <summary>
/// A <see cref="BuildStamp"/> as a compact binary file, under a <see cref="CacheFileHeader"/> scoped to this program
/// build (whose id the input fingerprint holds too): a no-change build reads one stamp and stops, so reading it must
/// cost next to nothing.
/// </summary>
public static class BuildStampFile
{
    private const string Magic = "sitecast-build-stamp";
    private const int Version = 1;

    public static void Write(Stream stream, BuildStamp stamp)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        new CacheFileHeader(Magic, Version, ProgramBuild.Id).WriteTo(writer);
        writer.Write(stamp.InputFingerprint);
        writer.Write(stamp.OutputFingerprint);
        writer.Write(stamp.TimeZone);
        WriteTime(writer, stamp.BuiltAt);
        WriteOptionalTime(writer, stamp.ValidFrom);
        WriteOptionalTime(writer, stamp.ValidUntil);
        writer.Write7BitEncodedInt(stamp.ContentDates.Count);
        foreach (string date in stamp.ContentDates) writer.Write(date);
        writer.Write7BitEncodedInt(stamp.Diagnostics.Count);
        foreach (Diagnostic diagnostic in stamp.Diagnostics)
        {
            writer.Write(diagnostic.Severity == Severity.Error);
            writer.Write(diagnostic.Location.Path);
            writer.Write7BitEncodedInt(diagnostic.Location.Line);
            writer.Write7BitEncodedInt(diagnostic.Location.Column);
            writer.Write(diagnostic.Message);
            writer.Write(diagnostic.Hint is not null);
            if (diagnostic.Hint is not null) writer.Write(diagnostic.Hint);
        }
    }

    /// <summary>The stamp; null for a file of another program build or layout, or a damaged one.</summary>
    public static BuildStamp? Read(byte[] file)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(file, writable: false), Encoding.UTF8);
            if (!new CacheFileHeader(Magic, Version, ProgramBuild.Id).IsReadFrom(reader)) return null;
            string input = reader.ReadString();
            string output = reader.ReadString();
            string timeZone = reader.ReadString();
            DateTimeOffset builtAt = ReadTime(reader);
            DateTimeOffset? validFrom = ReadOptionalTime(reader);
            DateTimeOffset? validUntil = ReadOptionalTime(reader);
            var dates = new string[reader.ReadCount()];
            for (int d = 0; d < dates.Length; d++) dates[d] = reader.ReadString();
            var diagnostics = new Diagnostic[reader.ReadCount()];
            for (int d = 0; d < diagnostics.Length; d++)
            {
                Severity severity = reader.ReadBoolean() ? Severity.Error : Severity.Warning;
                var location = new SourceLocation(reader.ReadString(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
                diagnostics[d] = new Diagnostic(severity, location, reader.ReadString(), reader.ReadBoolean() ? reader.ReadString() : null);
            }

            return new BuildStamp(input, output, timeZone, builtAt, validFrom, validUntil, dates, diagnostics);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException or IOException)
        {
            return null;
        }
    }

    // The clock time and its offset, as written: the stamp's "now" comes back as it was, to the tick.
    private static void WriteTime(BinaryWriter writer, DateTimeOffset time)
    {
        writer.Write(time.Ticks);
        writer.Write((short)time.TotalOffsetMinutes);
    }

    private static DateTimeOffset ReadTime(BinaryReader reader) =>
        new(reader.ReadInt64(), TimeSpan.FromMinutes(reader.ReadInt16()));

    private static void WriteOptionalTime(BinaryWriter writer, DateTimeOffset? time)
    {
        writer.Write(time.HasValue);
        if (time is { } value) WriteTime(writer, value);
    }

    private static DateTimeOffset? ReadOptionalTime(BinaryReader reader) => reader.ReadBoolean() ? ReadTime(reader) : null;
}
