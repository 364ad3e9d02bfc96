namespace Sitecast.Modules;

/// <summary>The few loose metadata keys modules pass to each other; typed models carry the rest.</summary>
public static class MetadataKeys
{
    public const string Excerpt = "excerpt";
    public const string WordCount = "wordCount";
    public const string BodyFirstLine = "bodyFirstLine";

    /// <summary>Where each link of a Markdown body was written: URL → <see cref="Diagnostics.SourceLocation"/>.</summary>
    public const string MarkdownLinks = "markdownLinks";

    /// <summary>The theme layout a page was rendered with, so the link checker can name it.</summary>
    public const string Layout = "layout";

    /// <summary>
    /// The resized image files a document uses (a list of <see cref="Images.ImageVariant"/>); the ImageFiles pipeline
    /// writes those of every published document, so images of drafts and scheduled posts stay unpublished.
    /// </summary>
    public const string Images = "images";

    /// <summary>
    /// What a page shares with its translations (a string such as post:2026-01-05-hello); pages without it are paired
    /// by their path within their language (/tags/ with /en/tags/).
    /// </summary>
    public const string TranslationKey = "translationKey";

    /// <summary>The <see cref="Diagnostics.SourceLocation"/> an output path came from (a slug line, a file).</summary>
    public const string Origin = "origin";
}
