using System.Text.RegularExpressions;
using Sitecast.Diagnostics;
using Sitecast.Model;

namespace Sitecast.Content;

/// <summary>A Markdown file read and split: its front matter (typed, with key positions) and its rendered body.</summary>
public sealed partial record MarkdownSource(
    string Path,
    FrontMatter FrontMatter,
    YamlKeyLocations Keys,
    RenderedMarkdown Body,
    int BodyFirstLine,
    DateOnly? FileNameDate,
    string FileNameSlug)
{
    /// <summary>
    /// Reads, splits and renders one file. Throws <see cref="ContentException"/> for the first fatal problem. With
    /// <paramref name="reuse"/>, a file unchanged since the last build is taken from there, with the same warnings.
    /// </summary>
    /// <param name="file">The file, with its status as the build first read it (see <see cref="Build.BuildSession.InputFile"/>).</param>
    public static MarkdownSource Read(FileInfo file, string displayPath, MarkdownRenderer markdown, DiagnosticBag diagnostics,
        Incremental.BuildReuse? reuse = null)
    {
        string absolutePath = file.FullName;
        long size = file.Length;
        if (size > MaxBytes)
            throw new ContentException(new SourceLocation(displayPath), $"the file is {size / 1_000_000} MB; the limit is {MaxBytes / 1_000_000} MB",
                "split it into several posts or pages; large data belongs in files linked from the text");
        if (size == 0)
            throw new ContentException(new SourceLocation(displayPath, 1, 1), "the file is empty",
                "add front matter with at least a title, or delete the file");

        if (reuse?.MarkdownSources.Unchanged(displayPath, file) is { } unchanged)
        {
            YamlReader.WarnOfUnknownKeys(unchanged.Keys, FrontMatter.Keys, diagnostics);
            return unchanged;
        }

        string text = SourceText.Read(absolutePath, displayPath);
        SplitSource split = FrontMatterSplitter.Split(text, displayPath);
        var frontMatter = YamlReader.Read<FrontMatter>(split.Yaml, displayPath, split.YamlFirstLine, FrontMatter.Keys,
            diagnostics, out YamlKeyLocations keys);
        var context = new MarkdownContext(displayPath, absolutePath, split.BodyFirstLine, diagnostics);
        RenderedMarkdown body = markdown.Render(split.Body, context, out string? markdownKey);
        // Only a body the Markdown index holds can be found again; one with images is rendered every time.
        if (markdownKey is not null)
            reuse?.MarkdownSources.Keep(displayPath, file, frontMatter, keys, split.YamlFirstLine, split.BodyFirstLine, markdownKey, text);
        return Of(file, displayPath, frontMatter, keys, body, split.BodyFirstLine);
    }

    /// <summary>A file read (now or by an earlier build), with the date and slug its name gives.</summary>
    public static MarkdownSource Of(FileInfo file, string displayPath, FrontMatter frontMatter, YamlKeyLocations keys, RenderedMarkdown body,
        int bodyFirstLine)
    {
        var (fileDate, fileSlug) = FromFileName(file.FullName);
        return new MarkdownSource(displayPath, frontMatter, keys, body, bodyFirstLine, fileDate, fileSlug);
    }

    private static (DateOnly? Date, string Slug) FromFileName(string path)
    {
        string stem = System.IO.Path.GetFileNameWithoutExtension(path);
        Match dated = DatedName().Match(stem);
        DateOnly? fileDate = dated.Success && DateOnly.TryParseExact(dated.Groups[1].Value, "yyyy-MM-dd", out DateOnly d) ? d : null;
        return (fileDate, dated.Success ? dated.Groups[2].Value : stem);
    }

    /// <summary>The front-matter title, or an error at the top of the file.</summary>
    public string RequireTitle()
    {
        if (!string.IsNullOrWhiteSpace(FrontMatter.Title)) return FrontMatter.Title.Trim();
        throw new ContentException(Keys.Has("title") ? Keys.ValueOf("title") : new SourceLocation(Path, 1, 1),
            "the title is missing", "add a line 'title: Your title' to the front matter");
    }

    /// <summary>The slug from front matter (which must already be valid) or from the file name (made valid).</summary>
    public (string Slug, SourceLocation Origin) ResolveSlug()
    {
        string? given = FrontMatter.Slug?.Trim();
        if (given is not null)
        {
            if (!Slug.IsValid(given))
                throw new ContentException(Keys.ValueOf("slug"), $"'{given}' is not a valid slug",
                    $"use lowercase letters, digits and hyphens only, e.g. '{Slug.From(given)}'");
            return (given, Keys.ValueOf("slug"));
        }

        string fromName = Slug.From(FileNameSlug);
        if (fromName.Length == 0)
            throw new ContentException(new SourceLocation(Path, 1, 1), "cannot make a slug from this file name",
                "add 'slug: my-page' to the front matter, or rename the file");
        return (fromName, new SourceLocation(Path, 1, 1));
    }

    /// <summary>No post or page is this long; a larger file is a mistake (a pasted data dump) and would only slow the build.</summary>
    public const long MaxBytes = 5_000_000;

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-(.+)$")]
    private static partial Regex DatedName();
}
