using System.Xml;
using System.Xml.Linq;
using Sitecast.Audio;
using Sitecast.Diagnostics;
using Sitecast.Feeds;

namespace Sitecast.Podcast;

/// <summary>
/// `import-guids FEED`: for a podcast moving here from another host. Every item of the old feed goes into
/// podcast/published.yml with its GUID exactly as the old feed has it (URLs and other non-UUID GUIDs included), so
/// the first feed built here re-downloads nothing in subscribers' apps. An item is tied to a local audio file by the
/// file name in its enclosure URL, else by its enclosure length when exactly one local file has that size: the
/// record then carries that file's SHA-384, which the build recognises. An item tied to no file stays in the record
/// as published, so the build refuses to drop it until its audio is added, its GUID pinned, or it is retired.
/// </summary>
public static class GuidImport
{
    public static int Run(string sourceRoot, string feed, TimeSpan timeout, TextWriter output, TextWriter errors)
    {
        string folder = Path.Combine(sourceRoot, "podcast");
        if (!File.Exists(Path.Combine(folder, "podcast.yml")))
        {
            errors.WriteLine($"error: {sourceRoot} has no podcast/podcast.yml: run in the site folder, or name it with --source");
            return Build.BuildReport.UsageError;
        }

        XDocument document;
        PublishedRecord record;
        try
        {
            document = FeedSource.Load(feed, timeout);
            record = PublishedRecord.Load(sourceRoot) ?? PublishedRecord.Empty;
        }
        catch (Exception e) when (e is FeedUnavailableException or XmlException or IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"error: cannot read the feed {feed}: {e.Message}");
            return Build.BuildReport.ContentErrors;
        }
        catch (ContentException e)
        {
            errors.WriteLine(e.Diagnostic);
            return Build.BuildReport.ContentErrors;
        }

        if (document.Root?.Element("channel") is not { } channel)
        {
            errors.WriteLine($"error: {feed} is not an RSS feed: it has no <channel>");
            return Build.BuildReport.ContentErrors;
        }

        var audio = Directory.EnumerateFiles(folder).Where(AudioReader.IsAudio).Order(StringComparer.Ordinal)
            .Select(path => new FileInfo(path)).ToList();
        var entries = record.Episodes.ToList();
        var tied = new HashSet<string>(StringComparer.Ordinal);
        int added = 0, known = 0;
        foreach (XElement item in channel.Elements("item"))
        {
            string guid = PreviousFeed.GuidOf(item);
            if (guid.Length == 0) continue;
            if (entries.Any(e => e.Guid == guid))
            {
                known++;
                continue;
            }

            string title = item.Element("title")?.Value.Trim() ?? "";
            FileInfo? file = AudioOf(item.Element("enclosure"), audio, tied);
            string? integrity = file is null ? null : ReadEpisodes.IntegrityOf(file.FullName);
            if (file is not null)
            {
                tied.Add(file.FullName);
                // A GUID this site gave the same audio before the import was never the one apps know: the old one wins.
                foreach (PublishedRecordEntry replaced in entries.Where(e => e.Integrity == integrity).ToList())
                {
                    entries.Remove(replaced);
                    output.WriteLine($"{guid} replaces {replaced.Guid}, recorded before for podcast/{file.Name}");
                }
            }

            entries.Add(new PublishedRecordEntry(guid, title, FeedDates.TryParseRfc822(item.Element("pubDate")?.Value), null, integrity));
            output.WriteLine(file is null
                ? $"{guid} \"{title}\": no audio file in podcast/ has its name or size; pin 'guid: {guid}' in the sidecar of its episode, add its audio, or retire it"
                : $"{guid} \"{title}\": podcast/{file.Name}");
            added++;
        }

        string? oldPodcastGuid = channel.Element(FeedNamespaces.PodcastNs + "guid")?.Value.Trim();
        string? podcastGuid = record.PodcastGuid ?? (oldPodcastGuid is { Length: > 0 } ? oldPodcastGuid : null);
        string path = Path.Combine(folder, "published.yml");
        File.WriteAllText(path, PublishedRecordText.Write(new PublishedRecord(podcastGuid, PublishedRecordText.Sorted(entries).ToList())),
            new System.Text.UTF8Encoding(false));
        output.WriteLine($"imported {added} GUID(s) from {feed} into {PublishedRecord.DisplayPath} ({known} already there); " +
                         "build, then commit podcast/published.yml");
        return Build.BuildReport.Success;
    }

    /// <summary>The local audio file of an old item: same file name as its enclosure, else the one file of its exact length.</summary>
    private static FileInfo? AudioOf(XElement? enclosure, List<FileInfo> audio, HashSet<string> tied)
    {
        if (enclosure is null) return null;
        var free = audio.Where(f => !tied.Contains(f.FullName)).ToList();
        if (Uri.TryCreate(enclosure.Attribute("url")?.Value, UriKind.Absolute, out Uri? url))
        {
            string name = Uri.UnescapeDataString(url.Segments[^1]);
            if (free.FirstOrDefault(f => f.Name == name) is { } named) return named;
        }

        return long.TryParse(enclosure.Attribute("length")?.Value, out long length) && length > 0
               && free.Where(f => f.Length == length).ToList() is [var sized]
            ? sized
            : null;
    }
}
