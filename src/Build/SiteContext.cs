using Sitecast.Content;
using Sitecast.Model;
using Sitecast.Templates;

namespace Sitecast.Build;

/// <summary>
/// What is fixed for one build in one of its languages: the options, the settings, the clock, the theme, the
/// renderers. Created once in <see cref="SiteBuild"/> and handed to each pipeline explicitly: no statics, no ambient
/// state, so tests can build sites in parallel. What the build changes as it runs is in <see cref="Session"/>.
/// </summary>
public sealed class SiteContext
{
    public required BuildOptions Options { get; init; }
    public required SiteConfig Config { get; init; }
    public required TimeZoneInfo Zone { get; init; }

    /// <summary>The build's "now"; posts dated later are scheduled, not published.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The site's theme/ over the shipped default theme.</summary>
    public required ThemeFolders Theme { get; init; }

    public required MarkdownRenderer Markdown { get; init; }
    public required ThemeTemplates Templates { get; init; }
    public required ThemeStrings Strings { get; init; }
    public required SiteUrls Urls { get; init; }

    /// <summary>The build's registries, caches and staging folder: one object for every language of the build.</summary>
    public required BuildSession Session { get; init; }

    /// <summary>The language this context builds pages in; a site in one language has just this one.</summary>
    public SiteLanguage Language { get; init; } = new("de", IsDefault: true);

    /// <summary>Every language of the site, the default first.</summary>
    public IReadOnlyList<SiteLanguage> Languages { get; init; } = [new("de", IsDefault: true)];

    public bool HasTranslations => Languages.Count > 1;

    /// <summary>
    /// The same build in another of its languages: that language's settings, theme strings, templates and Markdown
    /// quotes, and the same session.
    /// </summary>
    public SiteContext ForLanguage(SiteLanguage language) => new()
    {
        Options = Options, Config = Config.For(Config.Languages.First(l => l.Code == language.Code)), Zone = Zone, Now = Now,
        Theme = Theme, Markdown = Markdown.ForLanguage(language.Code),
        Templates = new ThemeTemplates(Theme, Zone, Urls, language.Code, language.Prefix),
        Strings = ThemeStrings.Load(Theme, language.Code, Session.Diagnostics), Urls = Urls, Session = Session,
        Language = language, Languages = Languages,
    };

    public string SourcePath(string relative) => Path.Combine(Options.SourceRoot, relative);

    /// <summary>A path under the source folder as messages name it: relative, forward slashes.</summary>
    public string Display(string absolutePath) =>
        Path.GetRelativePath(Options.SourceRoot, absolutePath).Replace('\\', '/');
}
