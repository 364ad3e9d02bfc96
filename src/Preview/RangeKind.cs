namespace Sitecast.Preview;

/// <summary>How a Range header applies to a body of a known length (RFC 9110, section 14).</summary>
public enum RangeKind
{
    /// <summary>No Range header, another unit, or several ranges: answer 200 with the whole body.</summary>
    Whole,

    /// <summary>One satisfiable range: answer 206 with <see cref="ByteRange.Start"/>..<see cref="ByteRange.End"/>.</summary>
    Partial,

    /// <summary>A bytes range that is malformed or lies past the end: answer 416 with Content-Range: bytes */length.</summary>
    Unsatisfiable,
}
