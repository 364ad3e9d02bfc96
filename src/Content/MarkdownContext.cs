using Sitecast.Diagnostics;

namespace Sitecast.Content;

/// <summary>Where a Markdown body comes from, so images can be found next to it and messages can name its lines.</summary>
public sealed record MarkdownContext(string DisplayPath, string AbsolutePath, int BodyFirstLine, DiagnosticBag Diagnostics)
{
    /// <summary>A Markdig position (0-based line and column within the body) as a place in the file.</summary>
    public SourceLocation At(int line, int column) => new(DisplayPath, BodyFirstLine + line, column + 1);
}
