using System.Security.Cryptography;
using System.Text;

namespace Sitecast.Podcast;

/// <summary>Name-based UUIDs with SHA-1 (RFC 4122 §4.3, version 5); .NET has none built in.</summary>
public static class Uuid5
{
    /// <summary>The namespace of podcast:guid, from the Podcasting 2.0 specification.</summary>
    public static readonly Guid PodcastNamespace = Guid.Parse("ead4c236-bf58-58c6-a2c6-a6b28d128cb6");

    public static Guid Create(Guid namespaceId, string name)
    {
        byte[] namespaceBytes = namespaceId.ToByteArray(bigEndian: true);
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        byte[] input = new byte[namespaceBytes.Length + nameBytes.Length];
        namespaceBytes.CopyTo(input, 0);
        nameBytes.CopyTo(input, namespaceBytes.Length);

        byte[] hash = SHA1.HashData(input);
        byte[] uuid = hash[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50); // version 5
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(uuid, bigEndian: true);
    }

    /// <summary>podcast:guid for a feed URL: its scheme and trailing slashes removed, as the specification says.</summary>
    public static Guid ForFeedUrl(string feedUrl)
    {
        string name = feedUrl;
        int scheme = name.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) name = name[(scheme + 3)..];
        return Create(PodcastNamespace, name.TrimEnd('/'));
    }
}
