using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Sitecast.Templates;

/// <summary>
/// HTML this program made (a post's body, a page's own layout) as a template value: a string to every filter and
/// comparison, made only when one asks for it. Through the <c>raw</c> filter it goes into the page as it is made,
/// never as a string first: a body's UTF-8 bytes are copied into the page, a layout renders into the page's writer.
/// Those strings were a fifth of everything a clean build allocated. Without <c>raw</c> it is encoded, as any string.
/// </summary>
public abstract class StreamedHtml : FluidValue
{
    private string? _text;

    protected StreamedHtml(bool raw) => IsRaw = raw;

    /// <summary>True once the <c>raw</c> filter was applied: written as it is, not encoded.</summary>
    public bool IsRaw { get; }

    /// <summary>The same HTML, to be written as it is.</summary>
    public abstract StreamedHtml AsRaw();

    /// <summary>The HTML as text, made once.</summary>
    protected abstract string MakeText();

    /// <summary>Writes the HTML as it is.</summary>
    protected abstract void WriteRaw(TextWriter writer);

    /// <summary>What the <c>raw</c> filter does: this HTML as it is, any other value as an unencoded string.</summary>
    public static FluidValue Raw(FluidValue input) =>
        input is StreamedHtml html ? html.AsRaw() : new StringValue(input.ToStringValue(), encode: false);

    private string Text => _text ??= MakeText();

    private StringValue AsString => new(Text, encode: !IsRaw);

    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => AsString.Equals(other);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => AsString.ToNumberValue();

    public override string ToStringValue() => Text;

    public override object ToObjectValue() => Text;

    public override bool Contains(FluidValue value) => AsString.Contains(value);

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) => AsString.Enumerate(context);

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => AsString.GetValueAsync(name, context);

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => AsString.GetIndexAsync(index, context);

    [Obsolete("Fluid writes values with WriteToAsync.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        if (IsRaw) WriteRaw(writer);
        else encoder.Encode(writer, Text);
    }

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
#pragma warning disable CS0618 // the one implementation, synchronous: nothing here waits
        WriteTo(writer, encoder, cultureInfo);
#pragma warning restore CS0618
        return default;
    }

    public override bool Equals(object? other) => other is FluidValue value && Equals(value);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
