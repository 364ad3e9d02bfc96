namespace Sitecast.Engine;

/// <summary>
/// A page's template failed while the page was being made for writing (a missing partial, a filter that threw):
/// told apart from a disk that failed, so the message names the template work, not free space.
/// </summary>
public sealed class RenderFailedException(Exception inner) : Exception(inner.GetBaseException().Message, inner);
