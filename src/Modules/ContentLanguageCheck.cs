using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Diagnostics;

namespace Sitecast.Modules;

/// <summary>
/// A parsed post or page as its language sees it. On a site in several languages, the file name's language suffix
/// is no part of the slug (hello.en.md is /en/blog/hello/); on a site in one, the file name stays as it always was,
/// and a <c>lang:</c> other than the site's language is an error.
/// </summary>
public static class ContentLanguageCheck
{
    public static MarkdownSource Checked(MarkdownSource source, SiteContext site)
    {
        if (site.HasTranslations) return source with { FileNameSlug = ContentLanguage.WithoutSuffix(source.FileNameSlug) };
        if (source.FrontMatter.Lang?.Trim() is { } lang && lang != site.Config.Language)
            throw new ContentException(source.Keys.ValueOf("lang"), $"unknown language code '{lang}': the site is in '{site.Config.Language}' only",
                "add the language to languages: in site.yml, or leave lang out");
        return source;
    }
}
