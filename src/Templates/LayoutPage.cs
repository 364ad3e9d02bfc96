namespace Sitecast.Templates;

/// <summary>
/// A page whose inputs are its template values themselves: the frame and the page type's own values (a listing's
/// posts, a page's body, an episode …), cheap to make and to hash since shared parts are hashed once. Every page but
/// a post's, whose values are made only when it is rendered (see <see cref="PostPage"/>).
/// </summary>
public sealed class LayoutPage : IPageModel
{
    private readonly Dictionary<string, object?> _values;

    public LayoutPage(string layout, PageFrame frame, IEnumerable<KeyValuePair<string, object?>> own)
    {
        Layout = layout;
        _values = frame.Liquid();
        foreach (var (key, value) in own) _values[key] = value;
    }

    public string Layout { get; }

    public IReadOnlyDictionary<string, object?> Inputs() => _values;

    public IReadOnlyDictionary<string, object?> Values() => _values;
}
