namespace Sitecast.Search;

/// <summary>Keeps every term it is given, as a string, in order: the term rules as a list, for queries and tests.</summary>
internal sealed class TermList : ITermSink
{
    public List<string> Terms { get; } = [];

    public void Add(ReadOnlySpan<char> term) => Terms.Add(term.ToString());
}
