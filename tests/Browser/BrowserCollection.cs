using Xunit;

namespace Sitecast.Tests.Browser;

/// <summary>Browser test classes run one after the other: one Chromium at a time on a small CI machine.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
