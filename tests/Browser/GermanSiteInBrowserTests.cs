using Xunit;

namespace Sitecast.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class GermanSiteInBrowserTests(GermanSampleSite site) : SiteInBrowserChecks<GermanSampleSite>(site);
