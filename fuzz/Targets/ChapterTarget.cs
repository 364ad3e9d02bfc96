using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;
using Sitecast.Audio;

namespace Sitecast.Fuzz;

/// <summary>
/// The chapter readers on their own structures, without the rest of the file around them. The first byte of an
/// input names the structure: 'I' an ID3v2 tag (CHAP/CTOC frames), 'V' a Vorbis comment block (CHAPTERnnn fields),
/// 'M' the body of an MP4 moov box (the QuickTime chapter track and Nero's chpl).
/// </summary>
internal sealed class ChapterTarget : FuzzTarget
{
    private readonly ScratchFile _scratch = new("chapters");

    public override string Name => "chapters";

    public override IEnumerable<(string Name, byte[] Bytes)> Seeds(string repository)
    {
        foreach (string path in Repository.Fixtures(repository, ".mp3", ".m4a", ".opus", ".ogg"))
        {
            byte[] file = File.ReadAllBytes(path);
            byte[]? structure = Path.GetExtension(path) switch
            {
                ".mp3" => Id3Tag(file),
                ".m4a" => MovieBox(file),
                _ => VorbisComment(file),
            };
            if (structure is not null) yield return (Path.GetFileName(path), structure);
        }
    }

    public override void Run(byte[] input)
    {
        if (input.Length == 0) return;
        byte[] body = input[1..];
        switch ((char)input[0])
        {
            case 'I':
                if (!FramesFit(body)) break;
                TagLib.Id3v2.Tag? tag = FromTagLib(() => new TagLib.Id3v2.Tag(new TagLib.ByteVector(body)));
                if (tag is not null) Id3Chapters.Read(tag, []);
                break;
            case 'V':
                TagLib.Ogg.XiphComment? comment = FromTagLib(() => new TagLib.Ogg.XiphComment(new TagLib.ByteVector(body)));
                if (comment is not null) VorbisChapters.Read(comment, []);
                break;
            case 'M':
                Mp4Chapters(body);
                break;
        }
    }

    private void Mp4Chapters(byte[] moov)
    {
        try
        {
            Mp4Boxes.Validate(moov, "moov");
            var tracks = Mp4Boxes.Children(moov).Where(box => box.Type == "trak").Select(box => Mp4Track.Parse(box.Body)).ToList();
            Mp4Reader.NeroChapters(Mp4Boxes.Path(moov, "udta", "chpl").Span);
            if (tracks.FirstOrDefault(track => track.Handler == "soun") is not { } audio) return;
            // The chapter track's sample offsets point into the file; here the file is the box itself.
            string path = _scratch.Write(moov, ".m4a");
            using SafeFileHandle handle = File.OpenHandle(path);
            Mp4Reader.ChapterTrack(new FileWindow(handle, moov.Length), audio, tracks);
        }
        catch (AudioFormatException)
        {
            // The box sizes do not fit: the reader refuses the file, as it should.
        }
    }

    /// <summary>The check the MP3 reader makes before TagLib# reads a tag (a tag it refuses never reaches TagLib#).</summary>
    private static bool FramesFit(byte[] tag)
    {
        try
        {
            Id3v2Frames.Check(tag, 0);
            return true;
        }
        catch (AudioFormatException)
        {
            return false;
        }
    }

    /// <summary>TagLib# parses the frames; what it throws on a broken tag is TagLib#'s own matter (AudioReader wraps it).</summary>
    private static T? FromTagLib<T>(Func<T> parse) where T : class
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (e is not OutOfMemoryException && !OwnBugs.StartedInSitecast(e))
        {
            return null;
        }
    }

    private static byte[]? Id3Tag(byte[] file)
    {
        if (file.Length < 10 || !file.AsSpan(0, 3).SequenceEqual("ID3"u8)) return null;
        int size = (file[6] << 21) | (file[7] << 14) | (file[8] << 7) | file[9];
        return [(byte)'I', .. file.AsSpan(0, Math.Min(file.Length, 10 + size))];
    }

    private static byte[]? MovieBox(byte[] file)
    {
        for (long position = 0; position + 8 <= file.Length;)
        {
            long size = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan((int)position));
            if (size < 8 || position + size > file.Length) return null;
            if (file.AsSpan((int)position + 4, 4).SequenceEqual("moov"u8)) return [(byte)'M', .. file.AsSpan((int)position + 8, (int)size - 8)];
            position += size;
        }

        return null;
    }

    /// <summary>The comment packet after its "OpusTags" or "\x03vorbis" magic, to the end of its Ogg page.</summary>
    private static byte[]? VorbisComment(byte[] file)
    {
        foreach (byte[] magic in new[] { "OpusTags"u8.ToArray(), "\u0003vorbis"u8.ToArray() })
        {
            int at = file.AsSpan().IndexOf(magic);
            if (at < 0) continue;
            int start = at + magic.Length;
            int next = file.AsSpan(start).IndexOf("OggS"u8);
            return [(byte)'V', .. file.AsSpan(start, next < 0 ? file.Length - start : next)];
        }

        return null;
    }
}
