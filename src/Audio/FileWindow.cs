using Microsoft.Win32.SafeHandles;

namespace Sitecast.Audio;

/// <summary>
/// A reusable read buffer over a file: hands out spans at absolute positions and refills only when a span
/// leaves the buffered window, so scanning a long file costs one allocation, not one per frame.
/// </summary>
/// <remarks>
/// The bounds rules of every audio reader (fuzz/run.sh audio and chapters check them), enforced here and by callers:
/// <list type="number">
/// <item>No allocation from a length field the file states: <see cref="Get"/> never hands out more than the file
/// holds, and <see cref="ReadExactly"/>, the one copy sized by the file's own words, is called only for a range
/// already checked against <see cref="Length"/>, the file's real size (a bogus size is an error, not a request).</item>
/// <item>No loop runs longer than the file's bytes allow: each walk moves forward (or, searching for the last Ogg
/// page, backward) through the file or a box by at least one byte a step, and a count read from the file (samples,
/// entries, chapters) is first capped by the number of bytes that could hold that many.</item>
/// </list>
/// </remarks>
internal sealed class FileWindow(SafeFileHandle file, long length, int bufferSize = 1 << 16)
{
    private readonly byte[] _buffer = new byte[bufferSize];
    private long _bufferStart;
    private int _bufferLength;

    public long Length => length;

    /// <summary>Up to <paramref name="count"/> bytes at <paramref name="position"/>; shorter only at the end of the file.</summary>
    public ReadOnlySpan<byte> Get(long position, int count)
    {
        if (count > _buffer.Length) throw new ArgumentOutOfRangeException(nameof(count));
        if (position < 0 || position >= length) return [];
        if (position < _bufferStart || position + count > _bufferStart + _bufferLength)
        {
            // Reading backwards (searching for the last Ogg page): keep the requested span at the window's end.
            bool backwards = _bufferLength > 0 && position < _bufferStart;
            Fill(backwards ? Math.Max(0, position + count - _buffer.Length) : position);
        }

        int offset = (int)(position - _bufferStart);
        return _buffer.AsSpan(offset, Math.Min(count, _bufferLength - offset));
    }

    /// <summary>A copy of a range the caller has already checked against the file length.</summary>
    public byte[] ReadExactly(long position, int count)
    {
        var bytes = new byte[count];
        int done = Engine.FileRange.Read(file, position, bytes);
        if (done < count) throw new AudioFormatException($"the file ended at byte {position + done}, before the {count} bytes its structure announces");
        return bytes;
    }

    private void Fill(long position)
    {
        _bufferStart = position;
        _bufferLength = 0;
        int wanted = (int)Math.Min(_buffer.Length, length - position);
        while (_bufferLength < wanted)
        {
            int read = RandomAccess.Read(file, _buffer.AsSpan(_bufferLength, wanted - _bufferLength), position + _bufferLength);
            if (read == 0) break;
            _bufferLength += read;
        }
    }
}
