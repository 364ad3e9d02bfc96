using System.Text;
using Sitecast.Content;

namespace Sitecast.Templates;

/// <summary>A rendered body as a template value: its UTF-8 bytes go into the page's bytes unchanged.</summary>
public sealed class BodyHtmlValue(BodyHtml body, bool raw = false) : StreamedHtml(raw)
{
    public override StreamedHtml AsRaw() => IsRaw ? this : new BodyHtmlValue(body, raw: true);

    protected override string MakeText() => body.Decode();

    protected override void WriteRaw(TextWriter writer)
    {
        if (writer is StreamWriter { Encoding: UTF8Encoding } page)
        {
            // What the writer holds goes first; then the body, already UTF-8, straight after it.
            page.Flush();
            page.BaseStream.Write(body.AsUtf8());
        }
        else
        {
            writer.Write(body.Decode());
        }
    }
}
