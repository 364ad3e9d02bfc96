using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Model;
using Sitecast.Schedule;

namespace Sitecast.Cli;

/// <summary>
/// What `check` says of translations on a site in several languages: a translation whose translationKey names an
/// original that does not exist, and a stale translation, one whose original file was changed after it (by the
/// files' modification times, so a fresh clone, where all are the same, warns of none). A post or page in one
/// language only is no warning: that is allowed.
/// </summary>
public static class TranslationWarnings
{
    public static IEnumerable<Diagnostic> Of(string sourceRoot, SiteConfig config)
    {
        IReadOnlyList<SiteLanguage> languages = SiteLanguage.Of(config);
        if (languages.Count < 2) yield break;
        foreach (string kind in (string[])["posts", "pages"])
        {
            var files = Read(sourceRoot, kind, languages);
            var originals = files.Where(f => f.Language == languages[0].Code).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First());
            foreach (var translation in files.Where(f => f.Language != languages[0].Code))
            {
                if (!originals.TryGetValue(translation.Key, out var original))
                {
                    if (translation.KeyGiven)
                        yield return new Diagnostic(Severity.Warning, new SourceLocation(translation.Display),
                            $"this translation's translationKey '{translation.Key}' names no {languages[0].Code} original",
                            "correct the translationKey, or leave it out for a post in one language only");
                    continue;
                }

                if (original.Modified > translation.Modified)
                    yield return new Diagnostic(Severity.Warning, new SourceLocation(translation.Display),
                        $"stale translation: {original.Display} was changed after it",
                        "bring the translation up to date (saving it marks it as current)");
            }
        }
    }

    private sealed record ContentFile(string Display, string Language, string Key, bool KeyGiven, DateTime Modified);

    private static List<ContentFile> Read(string sourceRoot, string kind, IReadOnlyList<SiteLanguage> languages)
    {
        string root = Path.Combine(sourceRoot, "input", kind);
        var files = new List<ContentFile>();
        if (!Directory.Exists(root)) return files;
        foreach (string path in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string display = Path.GetRelativePath(sourceRoot, path).Replace('\\', '/');
            try
            {
                SplitSource split = FrontMatterSplitter.Split(SourceText.Read(path, display), display);
                var front = YamlReader.Read<CalendarFrontMatter>(split.Yaml, display, split.YamlFirstLine, null, new DiagnosticBag(), out _);
                var content = new FrontMatter { Lang = front.Lang, TranslationKey = front.TranslationKey };
                // A file the build refuses (an unknown language) is the build's error, not a warning here.
                if (ContentLanguage.Decide(Path.GetFileNameWithoutExtension(path), content, null, display, languages, out _) is not { } decided) continue;
                files.Add(new ContentFile(display, decided.Code, decided.Key, !string.IsNullOrWhiteSpace(front.TranslationKey),
                    File.GetLastWriteTimeUtc(path)));
            }
            catch (ContentException)
            {
                // The build names the problem with its line.
            }
        }

        return files;
    }
}
