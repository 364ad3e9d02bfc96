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

    /// <summary>Vorbis comments name the description DESCRIPTION (ffmpeg writes a comment there); TagLib# reads only COMMENT.</summary>
    public static string? VorbisDescription(TagLib.File file) =>
        file.GetTag(TagLib.TagTypes.Xiph) is TagLib.Ogg.XiphComment xiph && !string.IsNullOrEmpty(xiph.GetFirstField("DESCRIPTION"))
            ? xiph.GetFirstField("DESCRIPTION")
            : null;

    /// <summary>
    /// The front cover, else the first picture. Its MIME type comes from the image bytes, not the tag, which is often
    /// wrong ("image/jpg") or empty; bytes that are no image we know are reported, not passed on.
    /// </summary>
    public static EmbeddedPicture? Cover(TagLib.Tag tag, List<string> warnings)
    {
        TagLib.IPicture[] pictures = tag.Pictures ?? [];
        TagLib.IPicture? picture = pictures.FirstOrDefault(p => p.Type == TagLib.PictureType.FrontCover && p.Data.Count > 0)
            ?? pictures.FirstOrDefault(p => p.Data.Count > 0);
        if (picture is null) return null;
        byte[] data = picture.Data.Data;
        string? mimeType = ImageMimeType(data);
        if (mimeType is null)
        {
            warnings.Add("the embedded picture is neither JPEG, PNG, GIF nor WebP and was ignored");
            return null;
        }

        return new EmbeddedPicture(data, mimeType);
    }

    private static string? ImageMimeType(ReadOnlySpan<byte> data) => data switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "image/png",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "image/gif",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "image/webp",
        _ => null,
    };

    /// <summary>The date part of an ISO 8601 text ("2026-03-14", "2026-03-14T09:30"); null for just a year.</summary>
    private static DateOnly? ParseDate(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : null;
}
