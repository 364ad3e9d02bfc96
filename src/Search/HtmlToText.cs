using System.Net;
using System.Text;

namespace Sitecast.Search;

/// <summary>The readable text of rendered HTML: tags become spaces, entities are decoded.</summary>
public static class HtmlToText
{
    public static string Of(string html)
    {
        var text = new StringBuilder(html.Length);
        bool inTag = false;
        foreach (char c in html)
        {
            if (c == '<') { inTag = true; text.Append(' '); }
            else if (c == '>' && inTag) inTag = false;
            else if (!inTag) text.Append(c);
        }

        string decoded = WebUtility.HtmlDecode(text.ToString());
        return string.Join(' ', decoded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
