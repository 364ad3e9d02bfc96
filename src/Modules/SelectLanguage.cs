using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Engine;
using Sitecast.Model;

namespace Sitecast.Modules;

/// <summary>
/// On a site in several languages, keeps the Markdown files written in this pipeline's language (see
/// <see cref="ContentLanguage"/>) and gives each its translation key, as "<paramref name="kind"/>:key". A file named
/// without a language suffix has its front matter looked at for <c>lang:</c>: as the last build read it when the file
/// is unchanged, else read on its own (the body is rendered later, by its own language's pipeline only).
/// </summary>
public sealed class SelectLanguage(SiteContext site, string kind) : PerDocumentModule
{
    protected override Document? Execute(Document document, PipelineContext context)
    {
        string absolute = ((FileContent)document.Content).AbsolutePath;
        string stem = Path.GetFileNameWithoutExtension(absolute);
        var (front, keys) = FrontMatterOf(absolute, document.Source);
        var decided = ContentLanguage.Decide(stem, front, keys, document.Source, site.Languages, out Diagnostic? problem);
        if (decided is not { } language)
        {
            // Every language's pipeline meets the file; the default language's reports it, once.
            if (site.Language.IsDefault && problem is not null) context.Diagnostics.Add(problem);
            return null;
        }

        return language.Code == site.Language.Code ? document.With(MetadataKeys.TranslationKey, $"{kind}:{language.Key}") : null;
    }

    private (FrontMatter?, YamlKeyLocations?) FrontMatterOf(string absolute, string displayPath)
    {
        FileInfo file = site.Session.InputFile(absolute);
        if (site.Session.Reuse.MarkdownSources.FrontMatterOf(displayPath, file) is { } unchanged) return unchanged;
        try
        {
            SplitSource split = FrontMatterSplitter.Split(SourceText.Read(absolute, displayPath), displayPath);
            // Problems of the front matter are reported when the file is parsed, not here as well.
            var front = YamlReader.Read<FrontMatter>(split.Yaml, displayPath, split.YamlFirstLine, null, new DiagnosticBag(), out var keys);
            return (front, keys);
        }
        catch (ContentException)
        {
            return (null, null);
        }
    }
}
