using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Memory;

namespace Sitecast.Images;

/// <summary>
/// The ImageSharp configuration for decoding site images and covers. Its buffer pool is kept off: ImageSharp's
/// default pool keeps a share of the machine's memory once an image was decoded (80 MB after one 3000 px cover),
/// which a build that decodes a few images and then renders thousands of pages never needs again.
/// </summary>
public static class ImageMemory
{
    /// <param name="limitMegabytes">A hard cap on any single buffer, in case a file gets past the pixel check.</param>
    public static Configuration CreateConfiguration(int limitMegabytes)
    {
        Configuration configuration = Configuration.Default.Clone();
        configuration.MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions
        {
            AllocationLimitMegabytes = limitMegabytes,
            MaximumPoolSizeMegabytes = 0,
        });
        return configuration;
    }
}
