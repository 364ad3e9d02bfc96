using System.Globalization;

namespace Sitecast.Preview;

/// <summary>The parsed Range header: what kind of answer, and for a partial one the inclusive byte positions.</summary>
public readonly record struct ByteRange(RangeKind Kind, long Start = 0, long End = 0)
{
    public long Length => End - Start + 1;

    /// <summary>
    /// Parses "bytes=first-last", "bytes=first-" (to the end) and "bytes=-suffix" (the last bytes).
    /// Several ranges are answered with the whole body, which RFC 9110 allows and every player copes with;
    /// a multipart answer would buy nothing for a preview.
    /// </summary>
    public static ByteRange Parse(string? header, long length)
    {
        if (string.IsNullOrWhiteSpace(header)) return new ByteRange(RangeKind.Whole);
        string value = header.Trim();
        if (!value.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase)) return new ByteRange(RangeKind.Whole);
        string spec = value["bytes=".Length..].Trim();
        if (spec.Contains(',')) return new ByteRange(RangeKind.Whole);

        int dash = spec.IndexOf('-');
        if (dash < 0) return Unsatisfiable;
        string first = spec[..dash].Trim();
        string last = spec[(dash + 1)..].Trim();

        if (first.Length == 0)
        {
            // Suffix: the last N bytes (all of them when N is larger than the body).
            if (!TryNumber(last, out long suffix) || suffix == 0 || length == 0) return Unsatisfiable;
            return new ByteRange(RangeKind.Partial, Math.Max(0, length - suffix), length - 1);
        }

        if (!TryNumber(first, out long start) || start >= length) return Unsatisfiable;
        if (last.Length == 0) return new ByteRange(RangeKind.Partial, start, length - 1);
        if (!TryNumber(last, out long end) || end < start) return Unsatisfiable;
        return new ByteRange(RangeKind.Partial, start, Math.Min(end, length - 1));
    }

    private static ByteRange Unsatisfiable => new(RangeKind.Unsatisfiable);

    private static bool TryNumber(string text, out long number) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);
}
