using System.Globalization;

namespace Sitecast.Audio;

/// <summary>
/// Tag fields beyond TagLib#'s common set: the full recording date (ID3v2 TDRC, or TYER with TDAT; MP4 ©day;
/// Vorbis DATE) and the front cover among several pictures.
/// </summary>
internal static class AudioTagFields
{
    /// <summary>The MP4 "©day" item (TagLib# keeps its box type names internal).</summary>
    private static readonly TagLib.ByteVector DayBox = new(0xA9, (byte)'d', (byte)'a', (byte)'y');

    public static DateOnly? RecordingDate(TagLib.File file)
    {
        if (file.GetTag(TagLib.TagTypes.Id3v2) is TagLib.Id3v2.Tag id3)
        {
            DateOnly? date = ParseDate(id3.GetTextAsString("TDRC"));
            if (date is not null) return date;
            // ID3v2.3 splits the date: TYER holds the year, TDAT day and month as DDMM.
            string? year = id3.GetTextAsString("TYER");
            string? dayMonth = id3.GetTextAsString("TDAT");
            if (year is { Length: 4 } && dayMonth is { Length: 4 }) return ParseDate($"{year}-{dayMonth[2..]}-{dayMonth[..2]}");
        }

        if (file.GetTag(TagLib.TagTypes.Apple) is TagLib.Mpeg4.AppleTag apple)
        {
            DateOnly? date = ParseDate(apple.GetText(DayBox).FirstOrDefault());
            if (date is not null) return date;
        }

        if (file.GetTag(TagLib.TagTypes.Xiph) is TagLib.Ogg.XiphComment xiph)
        {
            return ParseDate(xiph.GetFirstField("DATE"));
        }

        return null;
    }

    public static EmbeddedPicture? Cover(TagLib.Tag tag)
    {
        TagLib.IPicture[] pictures = tag.Pictures ?? [];
        TagLib.IPicture? picture = pictures.FirstOrDefault(p => p.Type == TagLib.PictureType.FrontCover && p.Data.Count > 0)
            ?? pictures.FirstOrDefault(p => p.Data.Count > 0);
        return picture is null ? null : new EmbeddedPicture(picture.Data.Data, picture.MimeType ?? "application/octet-stream");
    }

    /// <summary>The date part of an ISO 8601 text ("2026-03-14", "2026-03-14T09:30"); null for just a year.</summary>
    private static DateOnly? ParseDate(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : null;
}
