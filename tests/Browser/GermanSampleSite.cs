namespace Sitecast.Tests.Browser;

/// <summary>The sample site as it is: <c>language: de</c>.</summary>
public sealed class GermanSampleSite() : BrowserSiteFixture("de");
