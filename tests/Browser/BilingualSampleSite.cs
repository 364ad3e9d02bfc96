namespace Sitecast.Tests.Browser;

/// <summary>The sample site as it is: German at /, English at /en/, each page with its language switcher.</summary>
public sealed class BilingualSampleSite() : BrowserSiteFixture(Support.SampleSite.BothLanguages);
