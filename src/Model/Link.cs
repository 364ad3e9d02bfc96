namespace Sitecast.Model;

/// <summary>A labelled link for menus and footers in site.yml.</summary>
public sealed class Link
{
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";

    /// <summary>
    /// Instead of <see cref="Url"/>: a page of the site by its translation key (a page file's name, or search), which
    /// becomes that page's URL in each language.
    /// </summary>
    public string? Page { get; set; }
}
