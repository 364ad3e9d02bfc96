namespace Sitecast.Search;

/// <summary>
/// Receives the index terms of a text one at a time (see <see cref="SearchText.IndexTerms(ReadOnlySpan{char}, ITermSink)"/>).
/// A term is a span over a scratch buffer, valid only during the call: a sink that keeps it makes its own string,
/// so a text with many repeated words costs one string per distinct term, not one per occurrence.
/// </summary>
public interface ITermSink
{
    void Add(ReadOnlySpan<char> term);
}
