using System.Buffers;
using System.Text;
using System.Text.Json;
using Sitecast.Engine;
using Xunit;

namespace Sitecast.Tests.Engine;

public sealed class PooledBufferTests
{
    [Fact]
    public void Writes_past_the_first_array_keep_every_byte_in_order()
    {
        byte[] expected = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 31 % 251)).ToArray();
        using var buffer = new PooledBuffer(capacity: 16);
        int written = 0;
        foreach (int size in new[] { 1, 7, 16, 1000, 65_536, 3 })
        {
            buffer.Write(expected, written, size);
            written += size;
        }

        buffer.WriteByte(expected[written++]);
        buffer.Write(expected.AsSpan(written));
        Assert.Equal(expected.Length, buffer.Length);
        Assert.True(buffer.WrittenSpan.SequenceEqual(expected));
    }

    [Fact]
    public void A_stream_writer_and_a_json_writer_write_through_it()
    {
        using var page = new PooledBuffer(capacity: 4);
        using (var text = new StreamWriter(page, new UTF8Encoding(false), bufferSize: 8, leaveOpen: true))
            text.Write("Städte " + new string('x', 5000));
        Assert.Equal("Städte " + new string('x', 5000), Encoding.UTF8.GetString(page.WrittenSpan));

        using var json = new PooledBuffer(capacity: 1);
        using (var writer = new Utf8JsonWriter((IBufferWriter<byte>)json))
        {
            writer.WriteStartObject();
            writer.WriteString("name", new string('y', 3000));
            writer.WriteEndObject();
        }

        Assert.Equal(new string('y', 3000), JsonDocument.Parse(json.WrittenSpan.ToArray()).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void A_disposed_buffer_refuses_writes_instead_of_writing_into_an_array_it_gave_back()
    {
        var buffer = new PooledBuffer();
        buffer.Write([1, 2, 3]);
        buffer.Dispose();
        buffer.Dispose();
        Assert.Throws<ObjectDisposedException>(() => buffer.Write([4]));
        Assert.Throws<ObjectDisposedException>(() => buffer.GetSpan(1));
        Assert.False(buffer.CanWrite);
    }
}
