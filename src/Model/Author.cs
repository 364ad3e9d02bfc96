namespace Sitecast.Model;

/// <summary>An author listed in site.yml; posts refer to one by <see cref="Id"/>.</summary>
public sealed class Author
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public string? Url { get; set; }
}
