using System.Text;

namespace Sitecast.Engine;

/// <summary>
/// What a document holds: text that was produced, bytes that were produced, or a file on disk
/// that is copied as it is (audio, images) without ever being loaded into memory.
/// </summary>
public abstract record DocumentContent
{
    public static readonly DocumentContent Empty = new TextContent("");

    public static DocumentContent FromText(string text) => new TextContent(text);

    public static DocumentContent FromBytes(byte[] bytes) => new BytesContent(bytes);

    public static DocumentContent FromFile(string absolutePath) => new FileContent(absolutePath);

    /// <summary>Writes the content to <paramref name="path"/>, creating or replacing it.</summary>
    public abstract Task WriteToAsync(string path, CancellationToken cancellationToken);

    /// <summary>The content as bytes, for hashing and comparisons; a file is read from disk.</summary>
    public abstract byte[] ReadBytes();
}

public sealed record TextContent(string Text) : DocumentContent
{
    // UTF-8 without a byte order mark, as the web expects.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public override Task WriteToAsync(string path, CancellationToken cancellationToken)
    {
        NewFile.Write(path, Text);
        return Task.CompletedTask;
    }

    public override byte[] ReadBytes() => Utf8.GetBytes(Text);

    public override string ToString() => Text;
}

public sealed record BytesContent(byte[] Bytes) : DocumentContent
{
    public override Task WriteToAsync(string path, CancellationToken cancellationToken)
    {
        NewFile.Write(path, Bytes);
        return Task.CompletedTask;
    }

    public override byte[] ReadBytes() => Bytes;
}

/// <summary>
/// Content its maker writes straight into the file, for a large file made in one piece (the search index): it is
/// never held in memory whole, nor copied on its way to disk.
/// </summary>
public sealed record StreamedContent(Action<Stream> Write) : DocumentContent
{
    public override Task WriteToAsync(string path, CancellationToken cancellationToken)
    {
        using Microsoft.Win32.SafeHandles.SafeFileHandle handle = NewFile.Open(path);
        using var file = new FileStream(handle, FileAccess.Write, bufferSize: 1 << 16);
        Write(file);
        return Task.CompletedTask;
    }

    public override byte[] ReadBytes()
    {
        using var bytes = new MemoryStream();
        Write(bytes);
        return bytes.ToArray();
    }
}

/// <summary>The bytes of a file just written, lent for as long as the call lasts.</summary>
public delegate void WrittenBytes(ReadOnlySpan<byte> bytes);

/// <summary>
/// Content made when it is written: a page is rendered by the writer, one page at a time, and let go once it is
/// on disk, so a large site's pages are never all held in memory at once. <paramref name="Key"/>, when known,
/// stands for everything the bytes depend on: an output whose key is the one the previous build wrote can be
/// taken over from there without rendering (see <see cref="Incremental.OutputManifest"/>).
/// </summary>
public sealed record RenderedContent(Action<Stream> Render, string? Key) : DocumentContent
{
    public override Task WriteToAsync(string path, CancellationToken cancellationToken) => WriteToAsync(path, null, cancellationToken);

    /// <summary>Writes the page, and shows its bytes to <paramref name="written"/> once they are on disk.</summary>
    public Task WriteToAsync(string path, WrittenBytes? written, CancellationToken cancellationToken)
    {
        // Rendered into memory first, so a template that fails (a missing partial throws FileNotFoundException)
        // is told apart from a disk that fails, and a failed render leaves no file behind.
        using var page = new PooledBuffer();
        try
        {
            Render(page);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new RenderFailedException(e);
        }

        ReadOnlySpan<byte> bytes = page.WrittenSpan;
        NewFile.Write(path, bytes);
        written?.Invoke(bytes);
        return Task.CompletedTask;
    }

    public override byte[] ReadBytes()
    {
        using var bytes = new MemoryStream();
        Render(bytes);
        return bytes.ToArray();
    }
}

public sealed record FileContent(string AbsolutePath) : DocumentContent
{
    public override Task WriteToAsync(string path, CancellationToken cancellationToken)
    {
        NewFile.Copy(AbsolutePath, path);
        return Task.CompletedTask;
    }

    public override byte[] ReadBytes() => File.ReadAllBytes(AbsolutePath);
}
