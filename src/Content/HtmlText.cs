namespace Sitecast.Content;

/// <summary>Escapes text for HTML attributes and elements, leaving letters such as ä and ß readable.</summary>
public static class HtmlText
{
    public static string Escape(string text) => ReadableHtmlEncoder.Instance.Encode(text);
}
