using Sitecast.Incremental;

namespace Sitecast.Templates;

/// <summary>
/// The one rule for a page's key, whatever the page: the theme's fingerprint (templates, partials, the settings the
/// filters use, this build of the program), the layout, and the page's inputs. An unchanged key means unchanged bytes,
/// so the page is taken over instead of rendered. No key when the theme reads the clock or an input is of a kind
/// <see cref="ModelFingerprint"/> does not understand: such a page is always rendered.
/// </summary>
public static class PageKey
{
    /// <param name="hashers">The build's spare hashers (see <see cref="FingerprintHashers"/>).</param>
    public static string? Of(string? themeFingerprint, IPageModel page, FingerprintHashers? hashers = null) =>
        themeFingerprint is null ? null : ModelFingerprint.Of(themeFingerprint, page.Layout, page.Inputs(), hashers);
}
