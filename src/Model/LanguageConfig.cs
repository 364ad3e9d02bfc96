namespace Sitecast.Model;

/// <summary>
/// One entry of <c>languages:</c> in site.yml. The first is the default language, served at /; each other one at
/// /&lt;code&gt;/. What an entry leaves out (title, description, menu, footer) it takes from the top of site.yml.
/// </summary>
public sealed class LanguageConfig
{
    public string Code { get; set; } = "";
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<Link>? Menu { get; set; }
    public List<Link>? Footer { get; set; }
}
