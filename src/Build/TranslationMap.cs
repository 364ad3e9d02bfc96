using Sitecast.Diagnostics;
using Sitecast.Discovery;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Modules;

namespace Sitecast.Build;

/// <summary>
/// Which pages of a site in several languages are translations of each other. Made once, from every pipeline's
/// Process outputs, by the first page rendered: a page's language is that of the pipeline that made it (Posts.en is
/// English, a pipeline without a scope is the default language's), and pages are paired by
/// <see cref="MetadataKeys.TranslationKey"/>, else by their path within their language. Two files of one language
/// with the same key are an error naming both.
/// </summary>
public sealed class TranslationMap
{
    private Made? _made;
    private object? _lock;

    private sealed record Made(
        Dictionary<string, SortedDictionary<int, (SiteLanguage Language, string Url)>> ByKey,
        Dictionary<string, SortedDictionary<int, (SiteLanguage Language, string Url)>> ByUrl);

    /// <summary>Makes the map the first time it is asked for; later calls return at once.</summary>
    public void Load(PipelineContext context, IReadOnlyList<SiteLanguage> languages) =>
        LazyInitializer.EnsureInitialized(ref _made, ref _lock, () => Make(context, languages));

    /// <summary>The URL of the page with translation key <paramref name="key"/> in <paramref name="language"/>, or null.</summary>
    public string? UrlOf(string key, SiteLanguage language)
    {
        var made = _made ?? throw new InvalidOperationException("The translation map is read before it was made.");
        return made.ByKey.TryGetValue(key, out var versions) ? versions.Values.FirstOrDefault(v => v.Language == language).Url : null;
    }

    /// <summary>
    /// Every language's version of the page at <paramref name="url"/> (itself included), in the order of the
    /// site's languages; empty when the page has no translation.
    /// </summary>
    public IReadOnlyList<(SiteLanguage Language, string Url)> Of(string url)
    {
        var made = _made ?? throw new InvalidOperationException("The translation map is read before it was made.");
        return made.ByUrl.TryGetValue(url, out var versions) && versions.Count > 1 ? versions.Values.ToList() : [];
    }

    private static Made Make(PipelineContext context,
        IReadOnlyList<SiteLanguage> languages)
    {
        var byKey = new Dictionary<string, SortedDictionary<int, (SiteLanguage, string)>>(StringComparer.Ordinal);
        var sources = new Dictionary<(string Key, int Language), Document>();
        foreach (var (pipeline, documents) in context.AllProcessOutputs().OrderBy(p => p.Pipeline, StringComparer.Ordinal))
        {
            int index = LanguageIndexOf(pipeline, languages);
            SiteLanguage language = languages[index];
            foreach (Document document in documents.OrderBy(d => d.Destination, StringComparer.Ordinal))
            {
                if (document.Destination is not { } destination || !destination.EndsWith(".html", StringComparison.Ordinal)) continue;
                string url = Sitemaps.UrlOf(destination);
                string key = document.Get<string>(MetadataKeys.TranslationKey) ?? "path:" + url[language.Prefix.Length..];
                if (sources.TryGetValue((key, index), out Document? earlier))
                {
                    var (first, second) = string.CompareOrdinal(earlier.DisplayName, document.DisplayName) < 0 ? (earlier, document) : (document, earlier);
                    context.Diagnostics.Error(new SourceLocation(second.DisplayName),
                        $"{first.DisplayName} and {second.DisplayName} are both the '{language.Code}' version of '{key[(key.IndexOf(':') + 1)..]}'",
                        "give one of them another translationKey in its front matter, or another language");
                    continue;
                }

                sources[(key, index)] = document;
                if (!byKey.TryGetValue(key, out var versions)) byKey[key] = versions = new();
                versions[index] = (language, url);
            }
        }

        var byUrl = new Dictionary<string, SortedDictionary<int, (SiteLanguage, string)>>(StringComparer.Ordinal);
        foreach (var versions in byKey.Values)
        foreach (var (_, url) in versions.Values)
            byUrl[url] = versions;
        return new Made(byKey, byUrl);
    }

    private static int LanguageIndexOf(string pipeline, IReadOnlyList<SiteLanguage> languages)
    {
        int dot = pipeline.LastIndexOf('.');
        if (dot < 0) return 0;
        string code = pipeline[(dot + 1)..];
        for (int i = 0; i < languages.Count; i++) if (languages[i].Code == code) return i;
        return 0;
    }
}
