namespace Sitecast.Search;

/// <summary>
/// The words of a text as spans over it, as written (not lowercased): the runs of letters and digits
/// (<see cref="char.IsLetterOrDigit(char)"/>); everything else separates them. For <c>foreach</c>, without a string per word.
/// With <c>skipTags</c>, everything from a '&lt;' to the next '&gt;' separates words too, as in <see cref="HtmlToText"/>.
/// </summary>
public ref struct WordEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly bool _skipTags;
    private int _position;

    public WordEnumerator(ReadOnlySpan<char> text, bool skipTags = false)
    {
        _text = text;
        _skipTags = skipTags;
        _position = 0;
        Current = default;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly WordEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        int start = _position;
        while (start < _text.Length && !char.IsLetterOrDigit(_text[start]))
        {
            if (_skipTags && _text[start] == '<')
            {
                int tagLength = _text[start..].IndexOf('>');
                start = tagLength < 0 ? _text.Length : start + tagLength + 1;
            }
            else
            {
                start++;
            }
        }

        int end = start;
        while (end < _text.Length && char.IsLetterOrDigit(_text[end])) end++;
        _position = end;
        Current = _text[start..end];
        return end > start;
    }
}
