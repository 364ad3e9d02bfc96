using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Sitecast.Content;

/// <summary>Escapes text for HTML attributes and elements, leaving letters such as ä and ß readable.</summary>
public static class HtmlText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Escape(string text) => Encoder.Encode(text);
}
