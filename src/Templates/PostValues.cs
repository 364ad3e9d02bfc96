using Sitecast.Content;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Modules;

namespace Sitecast.Templates;

/// <summary>
/// A post as templates see it: <c>post</c> on its page and an item of every listing and feed key that shows it. Made
/// once per build and language (see <see cref="Build.BuildSession.PostValuesOf"/>) and never changed; <see cref="Liquid"/> is its
/// template form, which <see cref="ModelFingerprint"/> hashes once for every key that holds it.
/// </summary>
public sealed class PostValues
{
    public PostValues(Document document, string language)
    {
        Post post = document.ModelAs<Post>();
        int words = document.Get<int>(MetadataKeys.WordCount);
        Title = post.Title;
        Url = post.Url;
        Date = post.Date;
        Description = post.Description;
        Excerpt = post.Description ?? document.Get<string>(MetadataKeys.Excerpt);
        ImageUrl = post.ImageUrl;
        Tags = post.Tags;
        AuthorName = post.Author?.Name;
        AuthorUrl = post.Author?.Url;
        Liquid = new SharedValues
        {
            ["title"] = Title,
            ["url"] = Url,
            ["date"] = Date,
            ["date_iso"] = DateFormatter.Iso(Date),
            ["date_display"] = DateFormatter.Long(Date, language),
            ["description"] = Description,
            ["excerpt"] = Excerpt,
            ["tags"] = Tags.Select(tag => new Dictionary<string, object?> { ["name"] = tag, ["slug"] = Slug.From(tag) }).ToList(),
            ["author"] = post.Author is null ? null : new Dictionary<string, object?> { ["name"] = AuthorName, ["url"] = AuthorUrl },
            ["image"] = post.Image,
            ["image_url"] = ImageUrl,
            // The body itself, not its text: a page taken over never needs the text (see BodyHtml).
            ["content"] = post.Body,
            ["reading_minutes"] = Math.Max(1, (int)Math.Round(words / 200.0)),
            ["draft"] = post.Draft,
            ["scheduled"] = post.Scheduled,
        };
    }

    // What a post's page reads besides Liquid; each is also in Liquid, so a key of Liquid covers it.
    public string Title { get; }
    public string Url { get; }
    public DateTimeOffset Date { get; }
    public string? Description { get; }

    /// <summary>The description, else the start of the post's text.</summary>
    public string? Excerpt { get; }

    public string? ImageUrl { get; }
    public IReadOnlyList<string> Tags { get; }
    public string? AuthorName { get; }
    public string? AuthorUrl { get; }

    /// <summary>The snake_case values templates read (README and docs/themes.md list them).</summary>
    public SharedValues Liquid { get; }
}
