using Microsoft.Win32.SafeHandles;

namespace Sitecast.Engine;

/// <summary>Reads a range of an open file in full: one read may return fewer bytes than asked for.</summary>
public static class FileRange
{
    /// <summary>Fills <paramref name="into"/> from <paramref name="position"/>; returns how many bytes there were, fewer only where the file ended.</summary>
    public static int Read(SafeFileHandle file, long position, Span<byte> into)
    {
        int done = 0;
        while (done < into.Length)
        {
            int read = RandomAccess.Read(file, into[done..], position + done);
            if (read == 0) break;
            done += read;
        }

        return done;
    }
}
