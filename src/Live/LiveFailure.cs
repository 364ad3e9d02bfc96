namespace Sitecast.Live;

/// <summary>One broken rule of the live host: the URL, the rule's name (as the README lists them) and what was seen.</summary>
public sealed record LiveFailure(string Url, string Rule, string Message)
{
    public override string ToString() => $"error: {Url}: [{Rule}] {Message}";
}
