using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Sitecast.Stats;

/// <summary>
/// The key a listener is recognised by within a run: SHA-256 over a random salt, the client address, the
/// User-Agent and what was asked for, cut to 128 bits. The salt is made fresh for every run and never leaves
/// memory, so a key cannot be traced back to an address, nor matched with the keys of another run.
/// </summary>
public sealed class ListenerKey
{
    private const int MaxInput = 2048;

    private readonly byte[] _salt = RandomNumberGenerator.GetBytes(32);

    public UInt128 Of(ReadOnlySpan<char> client, ReadOnlySpan<char> userAgent, int item)
    {
        // A hostile User-Agent may be kilobytes long: what is beyond MaxInput does not tell listeners apart.
        client = client[..Math.Min(client.Length, 64)];
        userAgent = userAgent[..Math.Min(userAgent.Length, MaxInput / 4)];
        int length = _salt.Length + Encoding.UTF8.GetMaxByteCount(client.Length + userAgent.Length) + 2 + sizeof(int);
        byte[]? rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> buffer = rented ?? stackalloc byte[1024];
        _salt.CopyTo(buffer);
        int at = _salt.Length;
        at += Encoding.UTF8.GetBytes(client, buffer[at..]);
        buffer[at++] = 0;
        at += Encoding.UTF8.GetBytes(userAgent, buffer[at..]);
        buffer[at++] = 0;
        BitConverter.TryWriteBytes(buffer[at..], item);
        at += sizeof(int);

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer[..at], hash);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented, clearArray: true);
        return new UInt128(BitConverter.ToUInt64(hash), BitConverter.ToUInt64(hash[8..]));
    }
}
