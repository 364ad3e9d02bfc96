using Sitecast.Audio;
using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Diagnostics;

namespace Sitecast.Podcast;

/// <summary>Reads podcast.yml's trailers: each needs an audio file in podcast/, a title and a date.</summary>
public static class ChannelTrailers
{
    public static IReadOnlyList<ChannelTrailer> Read(PodcastConfig config, YamlKeyLocations keys, string folder, SiteContext site,
        DiagnosticBag diagnostics)
    {
        var trailers = new List<ChannelTrailer>();
        for (int i = 0; i < config.Trailers.Count; i++)
        {
            if (Read(config.Trailers[i], keys.ItemOf("trailers", i), config, folder, site, diagnostics) is { } trailer)
                trailers.Add(trailer);
        }

        return trailers;
    }

    private static ChannelTrailer? Read(PodcastTrailer trailer, SourceLocation at, PodcastConfig config, string folder, SiteContext site,
        DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(trailer.File))
        {
            diagnostics.Error(at, "the trailer has no audio file", "add 'file: trailer/trailer.mp3' (a file in podcast/; a subfolder keeps it off the episode list)");
            return null;
        }

        string path = Path.GetFullPath(Path.Combine(folder, trailer.File));
        if (!SafePaths.IsUnder(path, Path.GetFullPath(folder)) || !File.Exists(path) || !SafePaths.StaysInside(path, folder) || !AudioReader.IsAudio(path))
        {
            diagnostics.Error(at, $"the trailer's audio file '{trailer.File}' is not an audio file in podcast/",
                "put the trailer's MP3 or M4A into podcast/ (e.g. podcast/trailer/) and name it relative to podcast/");
            return null;
        }

        AudioInfo audio;
        try
        {
            audio = AudioReader.Read(path);
        }
        catch (AudioFormatException e)
        {
            diagnostics.Error(at, $"cannot read the trailer's audio file '{trailer.File}': {e.Message}", "export it again as MP3 or M4A");
            return null;
        }

        bool failed = false;
        if (string.IsNullOrWhiteSpace(trailer.Title) || trailer.Title.Length > 128)
        {
            diagnostics.Error(at, "the trailer needs a title of up to 128 characters", "add 'title: …' (apps show it)");
            failed = true;
        }

        DateTimeOffset date = default;
        if (trailer.Date is null || !ContentDate.TryParse(trailer.Date, site.Zone, out date))
        {
            diagnostics.Error(at, trailer.Date is null ? "the trailer has no date" : $"the trailer's date '{trailer.Date}' is not a date",
                $"add 'date: …', written {ContentDate.Expected}");
            failed = true;
        }

        if (trailer.Season is <= 0)
        {
            diagnostics.Error(at, "season numbers start at 1", "remove 'season' for a trailer of the whole show");
            failed = true;
        }

        if (failed) return null;
        string relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
        string escaped = string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));
        string url = config.MediaBaseUrl is { } media
            ? media.TrimEnd('/') + "/" + escaped
            : site.Urls.Absolute("/podcast/audio/" + escaped);
        return new ChannelTrailer(trailer.Title.Trim(), url, date, audio.SizeBytes, audio.MimeType, trailer.Season)
        {
            SourcePath = site.Display(path),
            Destination = "podcast/audio/" + relative,
        };
    }
}
