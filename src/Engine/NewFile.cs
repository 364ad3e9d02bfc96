using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Sitecast.Engine;

/// <summary>
/// Writes output files as new files, never by truncating one in place. .NET opens <see cref="FileMode.Create"/>
/// by truncating the file after it is opened, and ext4 treats a file truncated to nothing and written again as
/// a file being replaced: it starts writing it to disk when it is closed ("auto_da_alloc"). That cost every page
/// of a build its own disk write on the writing thread. Created with <see cref="FileMode.CreateNew"/>, the files
/// are written out later in batches by the kernel. A file already at the path is deleted first: it may be a hard
/// link shared with the published site, which must never be truncated.
/// </summary>
public static class NewFile
{
    // UTF-8 without a byte order mark, as the web expects.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        using SafeFileHandle file = Open(path);
        RandomAccess.Write(file, bytes, 0);
    }

    public static void Write(string path, string text)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetByteCount(text));
        try
        {
            int length = Utf8.GetBytes(text, buffer);
            Write(path, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Copies a file; the kernel copies the bytes, they never pass through this process.</summary>
    public static void Copy(string source, string path)
    {
        try
        {
            File.Copy(source, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(path);
            File.Copy(source, path, overwrite: false);
        }
    }

    public static SafeFileHandle Open(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(path);
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
    }
}
