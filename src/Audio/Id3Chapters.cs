using TagLib.Id3v2;

namespace Sitecast.Audio;

/// <summary>
/// Chapters from ID3v2 CHAP frames: in the order of the top-level CTOC when there is one (nested tables of contents
/// are followed), else by start time, since frames may be stored in any order. Title from TIT2, link from WXXX/WOAF.
/// </summary>
internal static class Id3Chapters
{
    /// <param name="warnings">Gets a line for each chapter whose title TagLib# cannot decode (it keeps its element ID).</param>
    public static IReadOnlyList<Chapter> Read(TagLib.Id3v2.Tag tag, List<string> warnings)
    {
        var chapters = new Dictionary<string, ChapterFrame>(StringComparer.Ordinal);
        foreach (ChapterFrame frame in tag.GetFrames<ChapterFrame>())
        {
            chapters.TryAdd(frame.Id, frame);
        }

        if (chapters.Count == 0) return [];
        var tables = new Dictionary<string, TableOfContentsFrame>(StringComparer.Ordinal);
        foreach (TableOfContentsFrame table in tag.GetFrames<TableOfContentsFrame>()) tables.TryAdd(table.Id, table);

        TableOfContentsFrame? top = tables.Values.FirstOrDefault(table => table.IsTopLevel);
        var ordered = new List<ChapterFrame>();
        if (top is not null) Collect(top, tables, chapters, ordered, new HashSet<string>(StringComparer.Ordinal));
        if (ordered.Count == 0)
        {
            ordered = chapters.Values.OrderBy(frame => frame.StartMilliseconds).ThenBy(frame => frame.Id, StringComparer.Ordinal).ToList();
        }

        return ordered.Select(frame => ToChapter(frame, warnings)).ToList();
    }

    private static void Collect(TableOfContentsFrame table, Dictionary<string, TableOfContentsFrame> tables,
        Dictionary<string, ChapterFrame> chapters, List<ChapterFrame> ordered, HashSet<string> visited)
    {
        if (!visited.Add(table.Id)) return; // a table that lists itself (directly or not) is read once
        foreach (string id in table.ChapterIds ?? [])
        {
            if (chapters.TryGetValue(id, out ChapterFrame? chapter) && !ordered.Contains(chapter)) ordered.Add(chapter);
            else if (tables.TryGetValue(id, out TableOfContentsFrame? nested)) Collect(nested, tables, chapters, ordered, visited);
        }
    }

    private static Chapter ToChapter(ChapterFrame frame, List<string> warnings)
    {
        string title;
        try
        {
            title = frame.SubFrames.OfType<TextInformationFrame>()
                .Where(sub => sub.FrameId == "TIT2")
                .Select(sub => string.Join(" ", sub.Text))
                .FirstOrDefault() ?? frame.Id;
        }
        catch (ArgumentException)
        {
            // TagLib# decodes a sub-frame's text only when asked, and a text shorter than its encoding needs throws
            // then: the chapter is still a chapter, so it keeps its element ID as title.
            warnings.Add($"the title of chapter '{frame.Id}' cannot be decoded; the chapter is named by its ID");
            title = frame.Id;
        }
        string? url;
        try
        {
            url = frame.SubFrames.OfType<UrlLinkFrame>().Select(UrlOf).FirstOrDefault(text => text is not null);
        }
        catch (ArgumentException)
        {
            warnings.Add($"the link of chapter '{frame.Id}' cannot be decoded and was left out");
            url = null;
        }
        TimeSpan? end = frame.EndMilliseconds is > 0 and < uint.MaxValue ? TimeSpan.FromMilliseconds(frame.EndMilliseconds) : null;
        return new Chapter(TimeSpan.FromMilliseconds(frame.StartMilliseconds), title, url) { End = end };
    }

    private static string? UrlOf(UrlLinkFrame frame)
    {
        string? url = frame.Text.FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
        // TagLib# 2.3 does not split a WXXX frame whose description is UTF-16 (the null terminator sits at an odd
        // offset): the whole frame lands in Description, Latin-1 decoded. The URL is what follows the last NUL.
        if (url is null && frame is UserUrlLinkFrame { Description: { } raw } && raw.LastIndexOf('\0') is int nul and >= 0)
        {
            url = raw[(nul + 1)..];
        }

        return string.IsNullOrWhiteSpace(url) ? null : url.Trim();
    }
}
