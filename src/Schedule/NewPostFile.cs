using System.Globalization;
using System.Text;
using Sitecast.Content;

namespace Sitecast.Schedule;

/// <summary>The file `new post` writes: input/posts/YYYY-MM-DD-slug.md with its front matter filled in.</summary>
public static class NewPostFile
{
    /// <param name="languageSuffix">"" for the default language, ".en" for a post in English on a site in several.</param>
    public static string RelativePath(DateOnly date, string title, string languageSuffix = "") =>
        $"input/posts/{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{Slug.From(title)}{languageSuffix}.md";

    public static string Text(string title, DateOnly date, TimeOnly time, string? author, string language)
    {
        string description = language == "en"
            ? "one or two sentences for lists, feeds and search engines"
            : "ein, zwei Sätze für Übersichten, Feeds und Suchmaschinen";
        string body = language == "en" ? "Write the post here." : "Hier beginnt der Text.";
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("title: ").Append(Quoted(title)).Append('\n');
        text.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('T')
            .Append(time.ToString("HH:mm", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("description: \"\"  # ").Append(description).Append('\n');
        text.Append("tags: []\n");
        if (author is not null) text.Append("author: ").Append(author).Append('\n');
        text.Append("---\n\n").Append(body).Append('\n');
        return text.ToString();
    }

    /// <summary>A YAML double-quoted string: safe for colons, quotes, # and leading dashes in titles.</summary>
    public static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal) + "\"";
}
