using System.Security.Cryptography;

namespace Sitecast.Notify;

/// <summary>
/// The feed's SHA-256 as last notified, one "hash feed-url" line per feed: a build that changed nothing (the feed
/// is byte-identical) sends no ping. Plain text, so it needs no serializer.
/// </summary>
public static class NotifyState
{
    public static string HashOf(byte[] feed) => Convert.ToHexStringLower(SHA256.HashData(feed));

    public static string? LastHash(string statePath, string feedUrl)
    {
        if (!File.Exists(statePath)) return null;
        foreach (string line in File.ReadAllLines(statePath))
        {
            string[] parts = line.Split(' ', 2);
            if (parts.Length == 2 && parts[1] == feedUrl) return parts[0];
        }

        return null;
    }

    public static void Save(string statePath, string feedUrl, string hash)
    {
        var lines = File.Exists(statePath)
            ? File.ReadAllLines(statePath).Where(l => l.Split(' ', 2) is [_, var url] && url != feedUrl).ToList()
            : [];
        lines.Add(hash + " " + feedUrl);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(statePath))!);
        string temporary = statePath + ".tmp";
        File.WriteAllLines(temporary, lines.Order(StringComparer.Ordinal));
        File.Move(temporary, statePath, overwrite: true);
    }
}
