namespace Sitecast.Tests.Support;

/// <summary>
/// Pieces of the inline site text that <see cref="TestSite"/> reads (Hugo's txtar style), so a test names only the
/// posts and pages it needs and how they differ:
/// <code>InlineSite.Of(InlineSite.Post("2026-10-08-eins", "Eins", "Der erste Beitrag.", "tags: [Daten]"), InlineSite.AboutUs)</code>
/// The site is then built, edited and rebuilt through <see cref="TestSite"/> (TestSite.Rebuilds.cs).
/// </summary>
public static class InlineSite
{
    /// <summary>The about page most sites of the workflow tests carry.</summary>
    public static readonly string AboutUs = Page("ueber-uns", "Über uns", "Wer wir sind.");

    /// <summary>
    /// Four posts, two of them under one tag, and the about page: the site the output-reuse tests edit, so that one
    /// edit leaves pages that show it and pages that do not.
    /// </summary>
    public static readonly string FourPosts = Of(
        Post("2026-09-10-alt", "Alt", "Ein *alter* Beitrag.", "tags: [Daten]"),
        Post("2026-09-24-mitte", "Mitte", "Ein Beitrag in der Mitte.", "tags: [Daten]"),
        Post("2026-10-08-eins", "Eins", "Der erste Beitrag.", "tags: [Verkehr]"),
        Post("2026-10-22-zwei", "Zwei", "Der zweite Beitrag."),
        AboutUs);

    public static string Of(params string[] files) => string.Join("\n", files);

    /// <param name="name">The file name without .md, e.g. 2026-10-08-eins.</param>
    /// <param name="front">Front-matter lines after the title, e.g. "tags: [Daten]".</param>
    public static string Post(string name, string title, string body, params string[] front) =>
        File($"input/posts/{name}.md", title, body, front);

    public static string Page(string name, string title, string body, params string[] front) =>
        File($"input/pages/{name}.md", title, body, front);

    /// <summary>An episode's sidecar beside its audio file in podcast/, e.g. Episode("plain", "Folge", "Text.", "date: …").</summary>
    public static string Episode(string name, string title, string body, params string[] front) =>
        File($"podcast/{name}.md", title, body, front);

    private static string File(string path, string title, string body, string[] front) =>
        $"-- {path} --\n---\ntitle: {title}\n{string.Concat(front.Select(line => line + "\n"))}---\n{body}";
}
