using Sitecast.Tests.Support;

namespace Sitecast.Tests.Site;

/// <summary>The sample site built once in German and once in English, shared by the tests of a class.</summary>
public sealed class SampleSiteBuilds : IDisposable
{
    public SampleSite German { get; } = SampleSite.Build("de");

    public SampleSite English { get; } = SampleSite.Build("en");

    public SampleSite In(string language) => language == "en" ? English : German;

    public void Dispose()
    {
        German.Dispose();
        English.Dispose();
    }
}
