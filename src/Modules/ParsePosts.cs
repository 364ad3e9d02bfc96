using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Engine;
using Sitecast.Model;

namespace Sitecast.Modules;

/// <summary>
/// Reads each post's front matter and Markdown into a <see cref="Post"/>, and applies the publishing rules:
/// drafts only with --drafts, posts dated after "now" only with --future.
/// </summary>
public sealed class ParsePosts(SiteContext site) : PerDocumentModule
{
    protected override Document? Execute(Document document, PipelineContext context)
    {
        string absolute = ((FileContent)document.Content).AbsolutePath;
        MarkdownSource source = ContentLanguageCheck.Checked(
            MarkdownSource.Read(site.Session.InputFile(absolute), document.Source, site.Markdown, context.Diagnostics, site.Session.Reuse), site);
        FrontMatter front = source.FrontMatter;

        if (front.Draft && !site.Options.IncludeDrafts) return null;

        string title = source.RequireTitle();
        DateTimeOffset date = ResolveDate(source);
        bool scheduled = date > site.Now;
        site.Session.Window.DependsOn(date);
        if (scheduled && !site.Options.IncludeFuture) return null;

        var (slug, slugOrigin) = source.ResolveSlug();
        Author? author = null;
        if (front.Author is { } authorId)
        {
            author = site.Config.Authors.FirstOrDefault(a => a.Id == authorId);
            if (author is null)
                context.Diagnostics.Warning(source.Keys.ValueOf("author"), $"unknown author '{authorId}'",
                    $"authors in site.yml: {string.Join(", ", site.Config.Authors.Select(a => a.Id))}");
        }

        var (imageUrl, imageFiles) = Images.FrontMatterImage.Process(front.Image, absolute, source.Keys.ValueOf("image"),
            site.Markdown.Images, context.Diagnostics);
        var post = new Post
        {
            SourcePath = document.Source,
            Title = title,
            Slug = slug,
            Date = date,
            Description = string.IsNullOrWhiteSpace(front.Description) ? null : front.Description.Trim(),
            Tags = front.Tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct().ToList(),
            Author = author,
            Draft = front.Draft,
            Image = front.Image,
            ImageUrl = imageUrl,
            Scheduled = scheduled,
            Body = source.Body.Body,
            Url = site.Language.Url($"/blog/{slug}/"),
        };

        return document with
        {
            Destination = site.Language.Destination($"/blog/{slug}/"),
            Model = post,
            Metadata = document.Metadata
                .SetItem(MetadataKeys.Origin, slugOrigin)
                .SetItem(MetadataKeys.Excerpt, source.Body.FirstParagraph)
                .SetItem(MetadataKeys.WordCount, source.Body.WordCount)
                .SetItem(MetadataKeys.BodyFirstLine, source.BodyFirstLine)
                .SetItem(MetadataKeys.MarkdownLinks, source.Body.Links)
                .SetItem(MetadataKeys.Images, source.Body.Images.Concat(imageFiles).ToList()),
        };
    }

    private DateTimeOffset ResolveDate(MarkdownSource source)
    {
        if (source.FrontMatter.Date is { } text)
        {
            if (ContentDate.TryParse(text, site.Zone, out DateTimeOffset date)) return date;
            throw new ContentException(source.Keys.ValueOf("date"), $"'{text}' is not a date", $"write {ContentDate.Expected}");
        }

        if (source.FileNameDate is { } fileDate)
            return ContentDate.InZone(fileDate.ToDateTime(TimeOnly.MinValue), site.Zone);

        throw new ContentException(new SourceLocation(source.Path, 1, 1), "the post has no date",
            "name the file YYYY-MM-DD-slug.md or add 'date: 2026-01-05' to the front matter");
    }
}
