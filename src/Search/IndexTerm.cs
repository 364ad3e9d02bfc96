using System.Runtime.InteropServices;

namespace Sitecast.Search;

/// <summary>
/// A term of the index with its postings (entry, score, entry, score …, in entry order): the first
/// <see cref="Length"/> numbers of an array, or a list. Either is used where it lies, never copied.
/// </summary>
public readonly struct IndexTerm
{
    private readonly int[]? _array;
    private readonly List<int>? _list;
    private readonly int _length;

    public IndexTerm(string term, int[] array, int length)
    {
        Term = term;
        _array = array;
        _length = length;
    }

    public IndexTerm(string term, List<int> list)
    {
        Term = term;
        _list = list;
    }

    public string Term { get; }

    public ReadOnlySpan<int> Postings => _list is not null ? CollectionsMarshal.AsSpan(_list) : _array.AsSpan(0, _length);
}
