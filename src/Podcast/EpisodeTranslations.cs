using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Model;

namespace Sitecast.Podcast;

/// <summary>
/// The translated sidecars of an episode on a site in several languages: &lt;stem&gt;.en.md beside &lt;stem&gt;.md gives
/// the English title, description (front matter) and show notes (body, rendered with English quotes). Everything
/// else about the episode (date, number, GUID, audio) is the original's, so a translation has no other keys. A
/// sidecar named for a language the site does not have is an error.
/// </summary>
public static class EpisodeTranslations
{
    private static readonly string[] Keys = ["title", "description"];

    public static IReadOnlyDictionary<string, EpisodeText> Read(string stemPath, SiteContext site, DiagnosticBag diagnostics)
    {
        var texts = new Dictionary<string, EpisodeText>(StringComparer.Ordinal);
        if (!site.HasTranslations) return texts;
        string folder = Path.GetDirectoryName(stemPath)!, stem = Path.GetFileName(stemPath);
        foreach (string path in Directory.EnumerateFiles(folder, stem + ".*.md").Order(StringComparer.Ordinal))
        {
            string code = Path.GetFileNameWithoutExtension(path)[(stem.Length + 1)..];
            string display = site.Display(path);
            SiteLanguage? language = site.Languages.FirstOrDefault(l => l.Code == code);
            if (language is null || language.IsDefault)
            {
                diagnostics.Error(new SourceLocation(display), $"unknown language code '{code}' in the file name",
                    $"the site's other languages are {string.Join(", ", site.Languages.Where(l => !l.IsDefault).Select(l => l.Code))}");
                continue;
            }

            if (!SafePaths.StaysInside(path, site.SourcePath(ReadEpisodes.Folder)))
                throw new ContentException(new SourceLocation(display), "this is a symbolic link to a file outside the site folder, which is not read",
                    "copy the file into podcast/ instead of linking to it");
            SplitSource split = FrontMatterSplitter.Split(SourceText.Read(path, display), display);
            var front = YamlReader.Read<EpisodeFrontMatter>(split.Yaml, display, split.YamlFirstLine, Keys, diagnostics, out _);
            RenderedMarkdown? body = split.Body.Trim().Length == 0 ? null
                : site.Markdown.ForLanguage(code).Render(split.Body, new MarkdownContext(display, path, split.BodyFirstLine, diagnostics));
            texts[code] = new EpisodeText(display, Trimmed(front.Title), Trimmed(front.Description) ?? body?.FirstParagraph,
                body?.Html ?? "", body?.Links ?? new Dictionary<string, SourceLocation>(), body?.Images ?? []);
        }

        return texts;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
