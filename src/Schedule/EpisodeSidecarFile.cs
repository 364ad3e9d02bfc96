using System.Globalization;
using System.Text;
using Sitecast.Audio;

namespace Sitecast.Schedule;

/// <summary>The sidecar `new episode` writes beside an audio file (&lt;stem&gt;.md), filled from the file's tags.</summary>
public static class EpisodeSidecarFile
{
    /// <param name="fallbackDate">The date when the tags carry none (the next free slot).</param>
    public static string Text(AudioInfo info, string stem, DateOnly fallbackDate, Guid guid)
    {
        DateOnly date = info.Date ?? fallbackDate;
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(NewPostFile.Quoted(string.IsNullOrWhiteSpace(info.Title) ? stem : info.Title.Trim())).Append('\n');
        text.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("description: ").Append(NewPostFile.Quoted(info.Comment?.Trim() ?? "")).Append('\n');
        if (info.Track is { } episode) text.Append("episode: ").Append(episode.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (info.Disc is { } season) text.Append("season: ").Append(season.ToString(CultureInfo.InvariantCulture)).Append('\n');
        // Assigned once, never changed: podcast apps know an episode by it.
        text.Append("guid: ").Append(guid.ToString("D")).Append('\n');
        text.Append("---\n");
        return text.ToString();
    }
}
