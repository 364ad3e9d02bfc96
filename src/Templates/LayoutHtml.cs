namespace Sitecast.Templates;

/// <summary>A page's own layout as base.liquid's <c>content</c>: rendered into the page's writer where base.liquid puts it.</summary>
public sealed class LayoutHtml(ThemeTemplates templates, string layout, IReadOnlyDictionary<string, object?> model, bool raw = false)
    : StreamedHtml(raw)
{
    public override StreamedHtml AsRaw() => IsRaw ? this : new LayoutHtml(templates, layout, model, raw: true);

    protected override string MakeText() => templates.Render(layout, model);

    protected override void WriteRaw(TextWriter writer) => templates.RenderTo(writer, layout, model);
}
