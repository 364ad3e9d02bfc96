using Sitecast.Search;

namespace Sitecast.Podcast;

/// <summary>
/// What the site search knows of an episode: its title and description, and as searchable text the show notes
/// and the transcript, so a word spoken in the episode finds it.
/// </summary>
public static class EpisodeSearch
{
    public const string Kind = "episode";

    public static SearchEntry EntryFor(Episode episode)
    {
        string showNotes = HtmlToText.Of(episode.ShowNotesHtml);
        string transcript = episode.Transcript is { } spoken ? string.Join(' ', spoken.Cues.Select(c => c.Text)) : "";
        string text = string.Join(' ', new[] { showNotes, transcript }.Where(t => t.Length > 0));
        string excerpt = episode.Description ?? showNotes;
        return new SearchEntry(Kind, episode.Url, episode.Title, episode.Description, [], text, excerpt);
    }
}
