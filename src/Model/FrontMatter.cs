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

    public static readonly string[] Keys = ["title", "date", "description", "tags", "author", "draft", "image", "slug"];
}
