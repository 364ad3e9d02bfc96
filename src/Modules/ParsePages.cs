using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Engine;
using Sitecast.Model;

namespace Sitecast.Modules;

/// <summary>Reads each static page into a <see cref="Page"/> at /&lt;slug&gt;/.</summary>
public sealed class ParsePages(SiteContext site) : PerDocumentModule
{
    protected override Document? Execute(Document document, PipelineContext context)
    {
        string absolute = ((FileContent)document.Content).AbsolutePath;
        MarkdownSource source = ContentLanguageCheck.Checked(
            MarkdownSource.Read(site.Session.InputFile(absolute), document.Source, site.Markdown, context.Diagnostics, site.Session.Reuse), site);
        if (source.FrontMatter.Draft && !site.Options.IncludeDrafts) return null;

        string title = source.RequireTitle();
        var (slug, slugOrigin) = source.ResolveSlug();
        var page = new Page
        {
            SourcePath = document.Source,
            Title = title,
            Slug = slug,
            Description = source.FrontMatter.Description?.Trim() is { Length: > 0 } d ? d : source.Body.FirstParagraph,
            Draft = source.FrontMatter.Draft,
            Body = source.Body.Body,
            Url = site.Language.Url($"/{slug}/"),
        };

        return document with
        {
            Destination = site.Language.Destination($"/{slug}/"),
            Model = page,
            Metadata = document.Metadata
                // What menus name the page by (page: impressum), on a site in one language too.
                .SetItem(MetadataKeys.TranslationKey, document.Get<string>(MetadataKeys.TranslationKey)
                    ?? "page:" + (source.FrontMatter.TranslationKey?.Trim() ?? Path.GetFileNameWithoutExtension(absolute)))
                .SetItem(MetadataKeys.Origin, slugOrigin)
                .SetItem(MetadataKeys.BodyFirstLine, source.BodyFirstLine)
                .SetItem(MetadataKeys.MarkdownLinks, source.Body.Links)
                .SetItem(MetadataKeys.Images, source.Body.Images),
        };
    }
}
