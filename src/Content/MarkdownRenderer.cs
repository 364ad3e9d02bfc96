using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sitecast.Build;
using Sitecast.Cache;

namespace Sitecast.Content;

/// <summary>
/// Markdown to HTML with one Markdig pipeline, built once and shared (Markdig documents it as thread-safe):
/// tables, footnotes, heading ids, and typographic quotes for the site's language.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>Bump when the rendering below changes, so cached results of the old code are not used.</summary>
    private const string RenderingVersion = "1";

    private readonly MarkdownPipeline _pipeline;
    private readonly MarkdownCacheIndex? _cache;
    private readonly BuildStatistics? _statistics;
    private readonly string _cacheOptions;

    public MarkdownRenderer(string language, BuildCache? cache = null, BuildStatistics? statistics = null)
    {
        _cache = cache is null ? null : new MarkdownCacheIndex(cache);
        _statistics = statistics;
        _cacheOptions = $"markdown/{RenderingVersion}/{typeof(Markdown).Assembly.GetName().Version}/{language}";

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

    /// <summary>Renders a body, or takes the result from the cache when this exact text was rendered before.</summary>
    public RenderedMarkdown Render(string markdown)
    {
        if (_cache is null) return RenderUncached(markdown);
        string key = CacheKey.Of(_cacheOptions, markdown);
        if (_cache.TryGet(key, out RenderedMarkdown cached))
        {
            _statistics?.CountMarkdownFromCache();
            return cached;
        }

        RenderedMarkdown rendered = RenderUncached(markdown);
        _cache.Put(key, rendered);
        return rendered;
    }

    /// <summary>Stores what this build rendered, for the next build.</summary>
    public void SaveCache() => _cache?.Save();

    private RenderedMarkdown RenderUncached(string markdown)
    {
        _statistics?.CountMarkdownRendered();
        MarkdownDocument document = Markdown.Parse(markdown, _pipeline);
        MarkApostrophes(document);

        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        string firstParagraph = document.Descendants<ParagraphBlock>().FirstOrDefault() is { } paragraph
            ? PlainText.Of(paragraph)
            : "";
        return new RenderedMarkdown(writer.ToString(), firstParagraph, PlainText.CountWords(markdown));
    }

    /// <summary>
    /// A closing single quote with no opening one before it is an apostrophe (geht’s). In German the closing
    /// quote is ‘, so apostrophes must be told apart and written as ’; in every language, so must the straight
    /// ones SmartyPants leaves alone between letters (isn't).
    /// </summary>
    private static void MarkApostrophes(MarkdownDocument document)
    {
        foreach (LeafBlock leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null) continue;
            foreach (LiteralInline literal in leaf.Inline.Descendants<LiteralInline>().ToList())
            {
                if (literal.Content.AsSpan().Contains('\''))
                    literal.Content = new Markdig.Helpers.StringSlice(literal.Content.ToString().Replace('\'', '’'));
            }

            int open = 0;
            foreach (SmartyPant pant in leaf.Inline.Descendants<SmartyPant>().ToList())
            {
                if (pant.Type == SmartyPantType.LeftQuote) open++;
                else if (pant.Type == SmartyPantType.RightQuote && open > 0) open--;
                else if (pant.Type is SmartyPantType.RightQuote or SmartyPantType.Quote)
                    pant.ReplaceBy(new LiteralInline("’"));
            }
        }
    }
}
