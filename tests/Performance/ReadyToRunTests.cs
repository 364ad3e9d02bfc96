using System.Reflection;
using System.Reflection.PortableExecutable;
using Sitecast.Build;
using Xunit;

namespace Sitecast.Tests.Performance;

/// <summary>A Release build of the generator carries native (ReadyToRun) code, so it starts without most JIT work.</summary>
public sealed class ReadyToRunTests
{
    [SkippableFact]
    public void The_Release_build_of_the_generator_is_compiled_ahead_of_time()
    {
        Assembly generator = typeof(SiteBuilder).Assembly;
        bool release = generator.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration == "Release";
        Skip.IfNot(release, "ReadyToRun is done for Release builds only; these tests run a Debug build");

        using var reader = new PEReader(File.OpenRead(generator.Location));
        CorHeader? header = reader.PEHeaders.CorHeader;
        Assert.NotNull(header);
        // A ReadyToRun image has a managed native header; an IL-only assembly does not.
        Assert.True(header.ManagedNativeHeaderDirectory.Size > 0, $"{generator.Location} holds IL only (no ReadyToRun code)");
    }
}
