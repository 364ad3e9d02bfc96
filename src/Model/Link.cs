namespace Sitecast.Model;

/// <summary>A labelled link for menus and footers in site.yml.</summary>
public sealed class Link
{
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
}
