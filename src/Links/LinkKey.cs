namespace Sitecast.Links;

/// <summary>
/// One spelling for a URL, so a link written in Markdown can be found again in the HTML it became
/// (where it may be percent-encoded).
/// </summary>
public static class LinkKey
{
    public static string Of(string url)
    {
        string trimmed = url.Trim();
        try
        {
            return Uri.UnescapeDataString(trimmed);
        }
        catch (UriFormatException)
        {
            return trimmed;
        }
    }
}
