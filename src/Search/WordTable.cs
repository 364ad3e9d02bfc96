namespace Sitecast.Search;

/// <summary>
/// The words of a run of entries, as written, each with the terms it stands for: a hash table with open addressing,
/// looked up by the word's characters. It stands in for a Dictionary with a span lookup because that generic code is
/// compiled at run time and stayed unoptimized for the whole build, on the one lookup made for every word
/// (docs/performance.md); this is compiled ahead of time with the rest of the program.
/// </summary>
internal sealed class WordTable
{
    private string?[] _words = new string?[1024];
    private TermTally[]?[] _terms = new TermTally[]?[1024];
    private int _count;

    /// <summary>The slot for the terms of <paramref name="word"/>, added empty (null) if the word is new.</summary>
    public ref TermTally[]? GetOrAdd(ReadOnlySpan<char> word)
    {
        // Kept at most half full, so a search ends soon at an empty slot.
        if (2 * (_count + 1) > _words.Length) Grow();
        int slot = Find(_words, word);
        if (_words[slot] is null)
        {
            _words[slot] = word.ToString();
            _count++;
        }

        return ref _terms[slot];
    }

    /// <summary>The slot holding <paramref name="word"/>, or the empty slot where it belongs.</summary>
    private static int Find(string?[] words, ReadOnlySpan<char> word)
    {
        int mask = words.Length - 1;
        int slot = Hash(word) & mask;
        while (words[slot] is { } existing && !word.SequenceEqual(existing)) slot = (slot + 1) & mask;
        return slot;
    }

    private void Grow()
    {
        string?[] words = new string?[2 * _words.Length];
        TermTally[]?[] terms = new TermTally[]?[words.Length];
        for (int i = 0; i < _words.Length; i++)
        {
            if (_words[i] is not { } word) continue;
            int slot = Find(words, word);
            words[slot] = word;
            terms[slot] = _terms[i];
        }

        _words = words;
        _terms = terms;
    }

    /// <summary>FNV-1a over the characters: a site's own words need no protection against chosen collisions.</summary>
    private static int Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word) hash = (hash ^ c) * 16777619;
        return (int)(hash ^ (hash >> 15));
    }
}
