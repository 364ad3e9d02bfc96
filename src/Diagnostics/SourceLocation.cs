namespace Sitecast.Diagnostics;

/// <summary>A place in a source file: a site-relative path with forward slashes, 1-based line and column (0 = unknown).</summary>
public readonly record struct SourceLocation(string Path, int Line = 0, int Column = 0) : IComparable<SourceLocation>
{
    public override string ToString() =>
        Line <= 0 ? Path : Column <= 0 ? $"{Path}:{Line}" : $"{Path}:{Line}:{Column}";

    public SourceLocation ShiftLines(int lines) => this with { Line = Line + lines };

    public int CompareTo(SourceLocation other)
    {
        int byPath = string.CompareOrdinal(Path, other.Path);
        if (byPath != 0) return byPath;
        int byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Column.CompareTo(other.Column);
    }
}
