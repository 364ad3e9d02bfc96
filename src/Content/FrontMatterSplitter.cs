using Sitecast.Diagnostics;

namespace Sitecast.Content;

/// <summary>A Markdown file cut into its YAML front matter and its body, with the line each starts on.</summary>
public sealed record SplitSource(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

public static class FrontMatterSplitter
{
    /// <summary>Splits text (with \n line endings) at the --- fences. A file without front matter is all body.</summary>
    public static SplitSource Split(string text, string displayPath)
    {
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text == "---"))
            return new SplitSource("", 1, text, 1);

        int line = 2;
        int position = 4;
        while (position <= text.Length)
        {
            int end = text.IndexOf('\n', position);
            string current = end < 0 ? text[position..] : text[position..end];
            if (current.TrimEnd() is "---" or "...")
            {
                string yaml = text[4..position];
                string body = end < 0 ? "" : text[(end + 1)..];
                return new SplitSource(yaml, 2, body, line + 1);
            }

            if (end < 0) break;
            position = end + 1;
            line++;
        }

        throw new ContentException(new SourceLocation(displayPath, 1, 1),
            "the front matter starts with --- but never ends",
            "close the front matter with a line of three dashes (---) after the last key");
    }
}
