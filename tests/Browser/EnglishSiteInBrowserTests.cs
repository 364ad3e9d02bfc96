using Xunit;

namespace Sitecast.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class EnglishSiteInBrowserTests(EnglishSampleSite site) : SiteInBrowserChecks<EnglishSampleSite>(site);
