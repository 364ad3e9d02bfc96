namespace Sitecast.Templates;

/// <summary>
/// What one page is rendered from, typed. Every page is keyed the same way (<see cref="PageKey"/>), by its
/// <see cref="Inputs"/>; its template values are made from what the inputs hold, and only when the page is rendered.
/// </summary>
public interface IPageModel
{
    /// <summary>The theme layout (layouts/&lt;name&gt;.liquid), wrapped in base.liquid.</summary>
    string Layout { get; }

    /// <summary>Plain values (text, numbers, dates, lists, maps) holding everything <see cref="Values"/> reads.</summary>
    IReadOnlyDictionary<string, object?> Inputs();

    /// <summary>The top-level template values (site, t, page, head, and the page type's own).</summary>
    IReadOnlyDictionary<string, object?> Values();
}
