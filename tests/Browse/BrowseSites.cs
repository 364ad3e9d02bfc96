using System.Globalization;
using System.Text;

namespace Sitecast.Tests.Browse;

/// <summary>Inline site texts shared by the browsing tests.</summary>
public static class BrowseSites
{
    /// <summary>A site.yml like the default one, with a given page size, feed size and language.</summary>
    public static string SiteYml(int postsPerPage = 10, int feedItems = 20, string language = "de", string baseUrl = "https://example.org/") => $"""
        -- site.yml --
        title: Test Site
        description: A site for tests
        baseUrl: {baseUrl}
        language: {language}
        timeZone: Europe/Berlin
        postsPerPage: {postsPerPage}
        feedItems: {feedItems}
        authors:
          - id: anna
            name: Anna Beispiel

        """;

    /// <summary>Posts "Post 1" … "Post n", dated 1 … n January 2026 (Post n is the newest), slugs post-1 … post-n.</summary>
    public static string Posts(int count, string tags = "[]")
    {
        var text = new StringBuilder();
        for (int i = 1; i <= count; i++)
        {
            string day = i.ToString("00", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"-- input/posts/2026-01-{day}-post-{i}.md --\n---\ntitle: Post {i}\ntags: {tags}\n---\nText {i}.\n");
        }

        return text.ToString();
    }
}
