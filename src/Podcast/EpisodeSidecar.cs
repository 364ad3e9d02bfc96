using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Diagnostics;

namespace Sitecast.Podcast;

/// <summary>
/// An episode's &lt;stem&gt;.md, read: its front matter (which overrides any tag) with the place of every key, and its
/// body rendered as the show notes, like a post (images next to it are resized, links remember their line). An
/// episode without a sidecar has an empty one.
/// </summary>
internal sealed class EpisodeSidecar
{
    private readonly string _audioDisplay;
    private readonly YamlKeyLocations? _keys;

    private EpisodeSidecar(string audioDisplay, string? display, EpisodeFrontMatter front, YamlKeyLocations? keys, RenderedMarkdown? notes)
    {
        _audioDisplay = audioDisplay;
        Display = display;
        Front = front;
        _keys = keys;
        Notes = notes;
    }

    /// <summary>The sidecar's path as messages name it; null when the episode has none.</summary>
    public string? Display { get; }

    public EpisodeFrontMatter Front { get; }

    /// <summary>The show notes; null when there is no sidecar or its body is empty.</summary>
    public RenderedMarkdown? Notes { get; }

    public static EpisodeSidecar Read(string stemPath, string audioDisplay, SiteContext site, DiagnosticBag diagnostics)
    {
        string path = stemPath + ".md";
        if (!EpisodeSource.SidecarExists(path, site)) return new EpisodeSidecar(audioDisplay, null, new EpisodeFrontMatter(), null, null);

        string display = site.Display(path);
        SplitSource split = FrontMatterSplitter.Split(SourceText.Read(path, display), display);
        var front = YamlReader.Read<EpisodeFrontMatter>(split.Yaml, display, split.YamlFirstLine, EpisodeFrontMatter.Keys, diagnostics,
            out YamlKeyLocations keys);
        RenderedMarkdown? notes = split.Body.Trim().Length == 0
            ? null
            : site.Markdown.Render(split.Body, new MarkdownContext(display, path, split.BodyFirstLine, diagnostics));
        return new EpisodeSidecar(audioDisplay, display, front, keys, notes);
    }

    /// <summary>Where a key's value stands, for messages; the sidecar, or the audio file when there is none.</summary>
    public SourceLocation At(string key) => _keys?.ValueOf(key) ?? new SourceLocation(Display ?? _audioDisplay);

    /// <summary>Where the <paramref name="index"/>th item of a list key stands.</summary>
    public SourceLocation AtItem(string key, int index) => _keys?.ItemOf(key, index) ?? At(key);

    /// <summary>The sidecar's start, else the audio file: where to put what is missing.</summary>
    public SourceLocation Start => Display is null ? new SourceLocation(_audioDisplay) : new SourceLocation(Display, 1, 1);
}
