using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Model;
using Sitecast.Templates;

namespace Sitecast.Build;

/// <summary>
/// Everything about one build that modules need, created once in <see cref="SiteBuilder"/> and handed to
/// each pipeline explicitly: no statics, no ambient state, so tests can build sites in parallel.
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

    /// <summary>The staging folder the build writes into; swapped in place of the output when all went well.</summary>
    public required string StagingRoot { get; init; }

    /// <summary>
    /// Set when the staging folder is the recycled spare folder, which holds an earlier output: a file in it is
    /// kept only when it is known to be right, and is removed, never written into, otherwise. Null for a new folder.
    /// </summary>
    public Incremental.RecycledStaging? RecycledStaging { get; init; }

    /// <summary>
    /// The content folders' files as the input fingerprint's walk found them, by absolute path, with the status it
    /// read (size, time): what the fingerprint records is what the build goes by, and a large site's files are not
    /// asked for their status twice.
    /// </summary>
    public IReadOnlyDictionary<string, FileInfo> InputFiles { get; init; } = new Dictionary<string, FileInfo>();

    /// <summary>The file at <paramref name="absolutePath"/>: as the walk found it, or as it is now when the walk did not see it.</summary>
    public FileInfo InputFile(string absolutePath) =>
        InputFiles.TryGetValue(absolutePath, out FileInfo? file) ? file : new FileInfo(absolutePath);

    public required MarkdownRenderer Markdown { get; init; }

    /// <summary>What is taken over from the last build and kept for the next; its stores keep nothing with --no-cache.</summary>
    public required Incremental.BuildReuse Reuse { get; init; }
    public required ThemeTemplates Templates { get; init; }
    public required ThemeStrings Strings { get; init; }
    public required SiteUrls Urls { get; init; }
    public required DiagnosticBag Diagnostics { get; init; }
    public OutputRegistry Outputs { get; init; } = new();

    /// <summary>The language this context builds pages in; a site in one language has just this one.</summary>
    public SiteLanguage Language { get; init; } = new("de", IsDefault: true);

    /// <summary>Every language of the site, the default first.</summary>
    public IReadOnlyList<SiteLanguage> Languages { get; init; } = [new("de", IsDefault: true)];

    public bool HasTranslations => Languages.Count > 1;

    /// <summary>Which pages are translations of which, once every pipeline's Process outputs exist; one for all languages.</summary>
    public TranslationMap Translations { get; init; } = new();

    /// <summary>
    /// Makes <see cref="Translations"/> when the site has several languages or its menus name pages, and this
    /// language's menu and footer with it; for modules that render pages, which call it first.
    /// </summary>
    public void LoadTranslations(Engine.PipelineContext context)
    {
        bool references = Config.Menu.Concat(Config.Footer).Any(link => link.Page is not null);
        if (HasTranslations || references) Translations.Load(context, Languages);
        LazyInitializer.EnsureInitialized(ref _links, ref _linksLock, () => references
            ? new SiteLinks(MenuLinks.Resolve(Config.Menu, "menu", this), MenuLinks.Resolve(Config.Footer, "footer", this))
            : new SiteLinks(Config.Menu, Config.Footer));
    }

    private SiteLinks? _links;
    private object? _linksLock;

    private sealed record SiteLinks(List<Link> Menu, List<Link> Footer);

    /// <summary>The menu with page references resolved to this language's URLs (once <see cref="LoadTranslations"/> ran).</summary>
    public List<Link> Menu => _links?.Menu ?? Config.Menu;

    /// <summary>The footer links, resolved like <see cref="Menu"/>.</summary>
    public List<Link> Footer => _links?.Footer ?? Config.Footer;

    /// <summary>Counts of work done and saved by the cache.</summary>
    public BuildStatistics Statistics { get; init; } = new();

    /// <summary>Where long steps report progress (audio, images).</summary>
    public Progress.IProgressReporter Progress { get; init; } = Sitecast.Progress.SilentProgressReporter.Instance;

    private TimeWindow? _window;

    /// <summary>
    /// Dates compared with <see cref="Now"/>: the output stays valid until the next one is reached. A module that
    /// compares a date with Now (publishing, episodes) records the date here.
    /// </summary>
    public TimeWindow Window
    {
        get => LazyInitializer.EnsureInitialized(ref _window, () => new TimeWindow(Now));
        init => _window = value;
    }

    /// <summary>The ids and links of the pages rendered in this build, scanned as they were written.</summary>
    public Links.WrittenPages WrittenPages { get; init; } = new();

    private Incremental.OutputWriter? _writer;
    private SiteValues? _sharedTemplateValues;

    /// <summary>The template values many pages of this build share, made once per build (see <see cref="SiteValues"/>).</summary>
    internal SiteValues SharedTemplateValues =>
        LazyInitializer.EnsureInitialized(ref _sharedTemplateValues, () => new SiteValues(this));

    /// <summary>Puts each document's file into the staging folder, keeping or taking over what is still right.</summary>
    public Incremental.OutputWriter Writer =>
        LazyInitializer.EnsureInitialized(ref _writer, () => new Incremental.OutputWriter(StagingRoot, RecycledStaging, Reuse.Manifest, WrittenPages));

    /// <summary>Whether the podcast loaded, for the feed link every page carries.</summary>
    public PodcastPresence Podcast { get; init; } = new();

    /// <summary>
    /// The same build in another of its languages: that language's settings, theme strings, templates and Markdown
    /// quotes; everything the languages share (output folder, caches, registries, clock) is the same object.
    /// </summary>
    public SiteContext ForLanguage(SiteLanguage language)
    {
        SiteConfig config = Config.For(Config.Languages.First(l => l.Code == language.Code));
        return new SiteContext
        {
            Options = Options, Config = config, Zone = Zone, Now = Now, Theme = Theme, StagingRoot = StagingRoot,
            RecycledStaging = RecycledStaging, InputFiles = InputFiles, Markdown = Markdown.ForLanguage(language.Code),
            Reuse = Reuse, Templates = new ThemeTemplates(Theme, Zone, Urls, language.Code, language.Prefix),
            Strings = ThemeStrings.Load(Theme, language.Code, Diagnostics), Urls = Urls, Diagnostics = Diagnostics,
            Outputs = Outputs, Language = language, Languages = Languages, Translations = Translations,
            Statistics = Statistics, Progress = Progress, Window = Window,
            WrittenPages = WrittenPages, Podcast = Podcast, PublishedRecord = PublishedRecord,
        };
    }

    /// <summary>The new podcast/published.yml, written by <see cref="SiteBuilder"/> only once the output is in place.</summary>
    public Sitecast.Podcast.PublishedRecordWrite PublishedRecord { get; init; } = new();

    public string SourcePath(string relative) => Path.Combine(Options.SourceRoot, relative);

    /// <summary>A path under the source folder as messages name it: relative, forward slashes.</summary>
    public string Display(string absolutePath) =>
        Path.GetRelativePath(Options.SourceRoot, absolutePath).Replace('\\', '/');
}
