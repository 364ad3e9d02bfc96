using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Engine;
using Sitecast.Incremental;

namespace Sitecast.Templates;

/// <summary>
/// The theme's Liquid layouts, parsed once with Fluid and rendered many times. Output is HTML-encoded
/// by default: a value reaches the page as markup only through the <c>raw</c> filter.
/// </summary>
public sealed partial class ThemeTemplates
{
    // Encodes what HTML needs (< > & " ') but leaves letters such as ä or € and ASCII such as + as they are.
    private static readonly TextEncoder Encoder = ReadableHtmlEncoder.Instance;

    // UTF-8 without a byte order mark, as the web expects.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, IFluidTemplate> _layouts = new(StringComparer.Ordinal);
    private readonly TemplateOptions _options;
    // This build's spare hashers for the pages' fingerprints.
    private readonly FingerprintHashers _hashers = new();

    public static readonly string[] RequiredLayouts = ["base", "home", "post", "page", "list"];

    /// <param name="languagePrefix">Where the language's pages live ("" for the default language, "en/"): see the lang_url filter.</param>
    public ThemeTemplates(ThemeFolders theme, TimeZoneInfo zone, SiteUrls urls, string language, string languagePrefix = "")
    {
        // Partials resolve through the same layers as everything else (the site's own first), read once.
        _options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = zone,
            FileProvider = PreloadedPartials.From(theme),
            MaxSteps = 10_000_000,
        };
        TemplateFilters.Register(_options.Filters, urls, language, languagePrefix);
        // A rendered body is text to templates, read from the Markdown index only when a page is rendered, and
        // copied into the page as UTF-8 where the theme writes it raw.
        _options.ValueConverters.Add(value => value is Content.BodyHtml body ? new BodyHtmlValue(body) : null);
        _options.Filters.AddFilter("raw", (input, _, _) => StreamedHtml.Raw(input));

        FluidParser parser = LiquidParser.Instance;
        var errors = new List<Diagnostic>();
        var broken = new HashSet<string>(StringComparer.Ordinal);
        // What every page's bytes depend on besides its values: the settings the filters use, the templates (and this
        // program, which every fingerprint starts with).
        var sources = new List<string>
        {
            zone.Id, urls.BaseUrl, language,
        };
        if (languagePrefix.Length > 0) sources.Add(languagePrefix);
        foreach (var (relative, path, display) in theme.FilesUnder("layouts", "*.liquid"))
        {
            string name = Path.GetFileNameWithoutExtension(relative);
            string text = File.ReadAllText(path);
            sources.Add(relative);
            sources.Add(text);
            if (parser.TryParse(text, out IFluidTemplate template, out string error))
                _layouts[name] = template;
            else if (broken.Add(name))
                errors.Add(new Diagnostic(Severity.Error, LocationOf(display, error), $"template error: {error}"));
        }

        foreach (var (_, path, display) in theme.FilesUnder("partials", "*.liquid"))
        {
            if (!parser.TryParse(File.ReadAllText(path), out _, out string error))
                errors.Add(new Diagnostic(Severity.Error, LocationOf(display, error), $"template error: {error}"));
        }

        string top = theme.Layers.Count > 0 ? theme.Layers[0].Display : "theme";
        foreach (string layout in RequiredLayouts.Where(l => !_layouts.ContainsKey(l) && !broken.Contains(l)))
            errors.Add(new Diagnostic(Severity.Error, new SourceLocation($"{top}/layouts/{layout}.liquid"), $"the theme has no layout '{layout}'"));

        Errors = errors;
        // Every file a template can include, whatever its extension.
        foreach (var (relative, path, _) in theme.FilesUnder("partials"))
        {
            sources.Add(relative);
            sources.Add(File.ReadAllText(path));
        }

        // A theme that shows the time of the build ('now' or 'today' through the date filter) makes every page
        // differ from the last build's.
        string[] clock = ["'now'", "\"now\"", "'today'", "\"today\""];
        bool readsClock = sources.Any(t => clock.Any(word => t.Contains(word, StringComparison.Ordinal)));
        Fingerprint = readsClock ? null : ModelFingerprint.OfTexts(sources);
    }

    /// <summary>A hash of everything besides its values that a page depends on; null when pages cannot be reused.</summary>
    public string? Fingerprint { get; }

    /// <summary>Parse errors found when the theme was loaded.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    /// <summary>Renders a layout with the given top-level values.</summary>
    public string Render(string layout, IReadOnlyDictionary<string, object?> model) =>
        Layout(layout).Render(Context(model), Encoder);

    /// <summary>
    /// Like <see cref="RenderPage"/>, but straight to the UTF-8 bytes that are written to disk: no page-sized
    /// string on the way, and half the memory while the page waits to be written.
    /// </summary>
    public byte[] RenderPageUtf8(string layout, IReadOnlyDictionary<string, object?> model)
    {
        using var bytes = new MemoryStream();
        RenderPageTo(bytes, layout, model);
        return bytes.ToArray();
    }

    /// <summary>
    /// Renders a page (layout wrapped in base.liquid) as UTF-8 into <paramref name="output"/>. The layout renders
    /// into the same writer where base.liquid puts its <c>content</c> (see <see cref="StreamedHtml"/>).
    /// </summary>
    public void RenderPageTo(Stream output, string layout, IReadOnlyDictionary<string, object?> model)
    {
        var outer = new Dictionary<string, object?>(model) { ["content"] = new LayoutHtml(this, layout, model) };
        // A small buffer: the output is memory already, and a writer's buffers are allocated anew for every page.
        using var writer = new StreamWriter(output, Utf8, bufferSize: 1024, leaveOpen: true) { NewLine = "\n" };
        RenderTo(writer, "base", outer);
    }

    /// <summary>Renders a layout into <paramref name="writer"/>.</summary>
    public void RenderTo(TextWriter writer, string layout, IReadOnlyDictionary<string, object?> model)
    {
        ValueTask rendering = Layout(layout).RenderAsync(writer, Encoder, Context(model));
        // Our filters are synchronous, so this completes at once; waiting is only a fallback.
        if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>
    /// A page as content rendered when it is written, under its <see cref="PageKey"/>: its template values are made
    /// only then, so a page taken over is never made.
    /// </summary>
    public RenderedContent PageContent(IPageModel page) =>
        new(stream => RenderPageTo(stream, page.Layout, page.Values()), PageKey.Of(Fingerprint, page, _hashers));

    private IFluidTemplate Layout(string layout) =>
        _layouts.TryGetValue(layout, out IFluidTemplate? template)
            ? template
            : throw new InvalidOperationException($"The theme has no layout '{layout}' (expected layouts/{layout}.liquid).");

    private TemplateContext Context(IReadOnlyDictionary<string, object?> model)
    {
        var context = new TemplateContext(_options);
        foreach (var (key, value) in model) context.SetValue(key, FluidValue.Create(value, _options));
        return context;
    }

    /// <summary>Renders a page layout, then wraps it in layouts/base.liquid as <c>content</c>.</summary>
    public string RenderPage(string layout, IReadOnlyDictionary<string, object?> model)
    {
        string inner = Render(layout, model);
        var outer = new Dictionary<string, object?>(model) { ["content"] = inner };
        return Render("base", outer);
    }

    private static SourceLocation LocationOf(string path, string error)
    {
        Match match = PositionPattern().Match(error);
        return match.Success
            ? new SourceLocation(path, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : new SourceLocation(path);
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();
}
