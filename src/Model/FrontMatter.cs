namespace Sitecast.Model;

/// <summary>The YAML block at the top of a post or page. Keys are camelCase in YAML.</summary>
public sealed class FrontMatter
{
    public string? Title { get; set; }

    /// <summary>Kept as text so a bad date can be reported at its own line, with a hint.</summary>
    public string? Date { get; set; }

    public string? Description { get; set; }
    public List<string> Tags { get; set; } = new();
    public string? Author { get; set; }
    public bool Draft { get; set; }
    public string? Image { get; set; }
    public string? Slug { get; set; }

    /// <summary>The content's language on a site with several (else the file name's .en.md, else the default).</summary>
    public string? Lang { get; set; }

    /// <summary>What a translation shares with its original; default: the file name without date and language.</summary>
    public string? TranslationKey { get; set; }

    public static readonly string[] Keys = ["title", "date", "description", "tags", "author", "draft", "image", "slug", "lang", "translationKey"];
}
