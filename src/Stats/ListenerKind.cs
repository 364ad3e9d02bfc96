namespace Sitecast.Stats;

/// <summary>Which OPAWG list a User-Agent matched first; <see cref="Unknown"/> when none did.</summary>
public enum ListenerKind
{
    Bot,
    App,
    Library,
    Browser,
    Unknown,
}
