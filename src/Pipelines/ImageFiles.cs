using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Images;
using Sitecast.Modules;

namespace Sitecast.Pipelines;

/// <summary>
/// The resized images published documents use (metadata <see cref="MetadataKeys.Images"/>), copied from the image
/// cache to /images/. Runs after every Process phase, so drafts and scheduled posts are already left out.
/// </summary>
public sealed class ImageFiles : Pipeline
{
    public ImageFiles(SiteContext site)
    {
        PostProcess.Add(new CreateDocuments(context => context.AllProcessOutputs()
            .SelectMany(p => p.Documents)
            .SelectMany(d => d.Get<IReadOnlyList<ImageVariant>>(MetadataKeys.Images) ?? [])
            .DistinctBy(v => v.Destination)
            .OrderBy(v => v.Destination, StringComparer.Ordinal)
            .Select(ToDocument)));
        Output.Add(new WriteFiles(site));
    }

    private static Document ToDocument(ImageVariant variant) => new()
    {
        Destination = variant.Destination,
        Content = DocumentContent.FromFile(variant.CachePath),
    };
}
