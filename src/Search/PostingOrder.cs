namespace Sitecast.Search;

/// <summary>Postings are (entry, score) pairs in entry order; these keep them so.</summary>
internal static class PostingOrder
{
    /// <summary>Two runs of pairs, each in entry order, as one in entry order.</summary>
    public static int[] Merge(ReadOnlySpan<int> first, ReadOnlySpan<int> second)
    {
        int[] merged = new int[first.Length + second.Length];
        int i = 0, j = 0, k = 0;
        while (i < first.Length && j < second.Length)
        {
            bool fromFirst = first[i] < second[j];
            ReadOnlySpan<int> from = fromFirst ? first : second;
            int at = fromFirst ? i : j;
            merged[k++] = from[at];
            merged[k++] = from[at + 1];
            if (fromFirst) i += 2;
            else j += 2;
        }

        first[i..].CopyTo(merged.AsSpan(k));
        second[j..].CopyTo(merged.AsSpan(k + first.Length - i));
        return merged;
    }

    /// <summary>True when the entries the numbers map to (-1 for none) keep their order.</summary>
    public static bool IsAscending(int[] entries)
    {
        int last = -1;
        foreach (int entry in entries)
        {
            if (entry < 0) continue;
            if (entry < last) return false;
            last = entry;
        }

        return true;
    }

    /// <summary>Puts (entry, score) pairs in entry order.</summary>
    public static void Sort(Span<int> pairs)
    {
        var packed = new long[pairs.Length / 2];
        for (int i = 0; i < packed.Length; i++) packed[i] = ((long)pairs[2 * i] << 32) | (uint)pairs[2 * i + 1];
        Array.Sort(packed);
        for (int i = 0; i < packed.Length; i++)
        {
            pairs[2 * i] = (int)(packed[i] >> 32);
            pairs[2 * i + 1] = (int)packed[i];
        }
    }
}
