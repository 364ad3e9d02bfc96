using System.Text;
using System.Xml;

using Sitecast.Content;

namespace Sitecast.Feeds;

/// <summary>
/// The XmlWriter setup all our XML files share: UTF-8 without BOM, "\n", two-space indent. XmlWriter escapes
/// text and attributes; <see cref="XmlSafeText.Clean"/> removes what XML cannot hold at all before it gets there.
/// </summary>
public static class FeedXml
{
    public static byte[] Write(Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (XmlWriter writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static void Element(XmlWriter writer, string name, string? text)
    {
        if (text is null) return;
        writer.WriteElementString(name, XmlSafeText.Clean(text));
    }

    public static void Element(XmlWriter writer, string prefix, string name, string ns, string? text)
    {
        if (text is null) return;
        writer.WriteElementString(prefix, name, ns, XmlSafeText.Clean(text));
    }

    public static void Attribute(XmlWriter writer, string name, string value) =>
        writer.WriteAttributeString(name, XmlSafeText.Clean(value));
}
