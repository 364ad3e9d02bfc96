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

    public override Task WriteToAsync(string path, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(path, Text, Utf8, cancellationToken);

    public override byte[] ReadBytes() => Utf8.GetBytes(Text);

    public override string ToString() => Text;
}

public sealed record BytesContent(byte[] Bytes) : DocumentContent
{
    public override Task WriteToAsync(string path, CancellationToken cancellationToken) =>
        File.WriteAllBytesAsync(path, Bytes, cancellationToken);

    public override byte[] ReadBytes() => Bytes;
}

public sealed record FileContent(string AbsolutePath) : DocumentContent
{
    public override Task WriteToAsync(string path, CancellationToken cancellationToken)
    {
        File.Copy(AbsolutePath, path, overwrite: true);
        return Task.CompletedTask;
    }

    public override byte[] ReadBytes() => File.ReadAllBytes(AbsolutePath);
}
