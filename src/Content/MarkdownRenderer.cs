using System.Buffers;
using System.Text;
using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Incremental;

namespace Sitecast.Content;

/// <summary>
/// Markdown to HTML with one Markdig pipeline, built once and shared (Markdig documents it as thread-safe):
/// tables, footnotes, heading ids, and typographic quotes for the site's language.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>Bump when the rendering below changes, so cached results of the old code are not used.</summary>
    private const string RenderingVersion = "2";

    private readonly MarkdownPipeline _pipeline;
    private readonly Images.ResponsiveImages? _images;
    private readonly Templates.SiteUrls? _urls;
    private readonly BuildReuse? _reuse;
    private readonly BuildStatistics? _statistics;
    private readonly string _cacheOptions;
    private readonly string _language;

    /// <param name="images">Makes local images responsive; without it (and <paramref name="urls"/>) images stay as written.</param>
    /// <param name="reuse">Keeps rendered bodies between builds; null (or with --no-cache) renders everything.</param>
    public MarkdownRenderer(string language, Images.ResponsiveImages? images = null, Templates.SiteUrls? urls = null,
        BuildReuse? reuse = null, BuildStatistics? statistics = null)
    {
        _language = language;
        _images = images;
        _urls = urls;
        _reuse = reuse;
        _statistics = statistics;
        _cacheOptions = $"markdown/{RenderingVersion}/{typeof(Markdown).Assembly.GetName().Version}/{language}/{urls?.BaseUrl}";

        // Characters, not entities: the same text then reads right in pages, feeds and search.
        var quotes = new SmartyPantOptions();
        quotes.Mapping[SmartyPantType.Dash2] = "–";
        quotes.Mapping[SmartyPantType.Dash3] = "—";
        quotes.Mapping[SmartyPantType.Ellipsis] = "…";
        quotes.Mapping[SmartyPantType.LeftDoubleQuote] = "“";
        quotes.Mapping[SmartyPantType.RightDoubleQuote] = "”";
        quotes.Mapping[SmartyPantType.LeftQuote] = "‘";
        quotes.Mapping[SmartyPantType.RightQuote] = "’";
        quotes.Mapping[SmartyPantType.LeftAngleQuote] = "«";
        quotes.Mapping[SmartyPantType.RightAngleQuote] = "»";
        if (language != "en")
        {
            // „Anführungszeichen“ and ‚halbe‘: German opens low and closes high.
            quotes.Mapping[SmartyPantType.LeftDoubleQuote] = "„";
            quotes.Mapping[SmartyPantType.RightDoubleQuote] = "“";
            quotes.Mapping[SmartyPantType.LeftQuote] = "‚";
            quotes.Mapping[SmartyPantType.RightQuote] = "‘";
        }

        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseGenericAttributes()
            .Use(new SmartyPantsExtension(quotes))
            .Build();
    }

    public Images.ResponsiveImages? Images => _images;

    /// <summary>
    /// A renderer for the content of another language of the site (its quotes), sharing this one's cache index:
    /// both languages' bodies are kept in it, under keys that name the language.
    /// </summary>
    public MarkdownRenderer ForLanguage(string language) =>
        language == _language ? this : new MarkdownRenderer(language, _images, _urls, _reuse, _statistics);

    /// <summary>
    /// Renders a body; with a <paramref name="context"/>, also processes its images and records its links' lines.
    /// A body rendered before from the same file position is taken from the cache, unless it may hold images:
    /// their files can change while the text does not, and checking them is the image step's work.
    /// </summary>
    public RenderedMarkdown Render(string markdown, MarkdownContext? context = null) => Render(markdown, context, out _);

    /// <param name="cacheKey">The key the body is cached under, or null when it is not cached.</param>
    public RenderedMarkdown Render(string markdown, MarkdownContext? context, out string? cacheKey)
    {
        string? key = cacheKey = CacheKeyOf(markdown, context);
        if (key is null) return RenderUncached(markdown, context);
        if (TryGetCached(key, out RenderedMarkdown cached)) return cached;

        // Keyed, it is the same body as the one the next build takes from the index: pages showing it keep their keys.
        RenderedMarkdown rendered = RenderUncached(markdown, context, key);
        _reuse!.RenderedMarkdown.Put(key, rendered);
        return rendered;
    }

    /// <summary>The key a body is cached under, or null when it is not cached (no cache, or it may hold images).</summary>
    public string? CacheKeyOf(string markdown, MarkdownContext? context)
    {
        if (_reuse is null || MayHoldImages(markdown)) return null;
        // Link positions name the file and its lines, so they are part of the key.
        string where = context is null ? "" : $"{context.DisplayPath}:{context.BodyFirstLine}";
        return _reuse.RenderedMarkdown.KeyOf(_cacheOptions, where, markdown);
    }

    /// <summary>A body rendered by this or an earlier build, by its <see cref="CacheKeyOf"/> key.</summary>
    private bool TryGetCached(string key, out RenderedMarkdown rendered)
    {
        rendered = null!;
        if (_reuse is null || !_reuse.RenderedMarkdown.TryGet(key, out rendered)) return false;
        _statistics?.CountMarkdownFromCache();
        return true;
    }

    /// <summary>What rendered bodies depend on besides their text: this program's rendering, language and base URL.</summary>
    public string CacheOptions => _cacheOptions;

    // One vectorised pass: string.Contains with OrdinalIgnoreCase compares char by char under invariant globalization.
    private static readonly SearchValues<string> ImageMarkers = SearchValues.Create(["![", "<img"], StringComparison.OrdinalIgnoreCase);

    private static bool MayHoldImages(string markdown) => markdown.AsSpan().ContainsAny(ImageMarkers);

    private RenderedMarkdown RenderUncached(string markdown, MarkdownContext? context, string? key = null)
    {
        _statistics?.CountMarkdownRendered();
        MarkdownDocument document = Markdown.Parse(markdown, _pipeline);
        MarkApostrophes(document);
        IReadOnlyDictionary<string, Diagnostics.SourceLocation> links = new Dictionary<string, Diagnostics.SourceLocation>();
        IReadOnlyList<Images.ImageVariant> images = [];
        if (context is not null)
        {
            Dictionary<string, Diagnostics.SourceLocation> collected = MarkdownLinks.Collect(document, context);
            if (_images is not null && _urls is not null) images = MarkdownImages.Rewrite(document, context, _images, _urls);
            if (_urls is not null) MarkdownLinks.Rebase(document, _urls, collected);
            links = collected;
        }

        string firstParagraph = document.Descendants<ParagraphBlock>().FirstOrDefault() is { } paragraph
            ? PlainText.Of(paragraph)
            : "";
        return new RenderedMarkdown(BodyHtml.FromUtf8(RenderUtf8(document, markdown.Length), key), firstParagraph, PlainText.CountWords(markdown))
        {
            Links = links,
            Images = images,
        };
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // The HTML goes from the renderer to its UTF-8 bytes with no string and no growing StringBuilder on the way.
    private byte[] RenderUtf8(MarkdownDocument document, int markdownLength)
    {
        // About the size the HTML comes to, so the buffer seldom grows.
        using var bytes = new PooledBuffer(markdownLength + markdownLength / 2);
        using (var writer = new StreamWriter(bytes, Utf8, bufferSize: 1024, leaveOpen: true) { NewLine = "\n" })
        {
            var renderer = new HtmlRenderer(writer);
            _pipeline.Setup(renderer);
            renderer.Render(document);
        }

        return bytes.WrittenSpan.ToArray();
    }

    /// <summary>
    /// A closing single quote with no opening one before it is an apostrophe (geht’s). In German the closing
    /// quote is ‘, so apostrophes must be told apart and written as ’; in every language, so must the straight
    /// ones SmartyPants leaves alone between letters (isn't).
    /// </summary>
    private static void MarkApostrophes(MarkdownDocument document)
    {
        var pants = new List<SmartyPant>();
        foreach (LeafBlock leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null) continue;
            pants.Clear();
            MarkStraightApostrophes(leaf.Inline, pants);
            int open = 0;
            foreach (SmartyPant pant in pants)
            {
                if (pant.Type == SmartyPantType.LeftQuote) open++;
                else if (pant.Type == SmartyPantType.RightQuote && open > 0) open--;
                else if (pant.Type is SmartyPantType.RightQuote or SmartyPantType.Quote)
                    pant.ReplaceBy(new LiteralInline("’"));
            }
        }
    }

    /// <summary>
    /// Writes the straight apostrophes of the literals in <paramref name="container"/> as ’, and collects its
    /// quotes in reading order: they are replaced only after the walk, since that changes the tree.
    /// </summary>
    private static void MarkStraightApostrophes(ContainerInline container, List<SmartyPant> pants)
    {
        for (Inline? inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal when literal.Content.AsSpan().Contains('\''):
                    literal.Content = new Markdig.Helpers.StringSlice(literal.Content.ToString().Replace('\'', '’'));
                    break;
                case SmartyPant pant:
                    pants.Add(pant);
                    break;
                case ContainerInline child:
                    MarkStraightApostrophes(child, pants);
                    break;
            }
        }
    }
}
