using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Images;
using Sitecast.Modules;

namespace Sitecast.Pipelines;

/// <summary>
/// The resized images Markdown bodies asked for, copied from the image cache to /images/. Runs after every
/// Process phase, when all Markdown (posts, pages, show notes) has been rendered.
/// </summary>
public sealed class ImageFiles : Pipeline
{
    public ImageFiles(SiteContext site)
    {
        PostProcess.Add(new CreateDocuments(_ => (site.Markdown.Images?.Produced() ?? []).Select(ToDocument)));
        Output.Add(new WriteFiles(site));
    }

    private static Document ToDocument(ImageVariant variant) => new()
    {
        Destination = variant.Destination,
        Content = DocumentContent.FromFile(variant.CachePath),
    };
}
