namespace Sitecast.Incremental;

/// <summary>Reading the counts of the binary cache files (the Markdown index, the link checker's scans).</summary>
public static class BinaryCounts
{
    /// <summary>
    /// A count, which can never exceed the bytes left (each item takes at least one): a damaged file fails here,
    /// with a <see cref="FormatException"/>, not in an allocation of a size it made up.
    /// </summary>
    public static int ReadCount(this BinaryReader reader)
    {
        int count = reader.Read7BitEncodedInt();
        Stream stream = reader.BaseStream;
        if (count < 0 || count > stream.Length - stream.Position) throw new FormatException("damaged count");
        return count;
    }
}
