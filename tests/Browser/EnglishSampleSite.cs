namespace Sitecast.Tests.Browser;

/// <summary>The sample site with <c>language: en</c>: the theme's words and the dates in English.</summary>
public sealed class EnglishSampleSite() : BrowserSiteFixture("en");
