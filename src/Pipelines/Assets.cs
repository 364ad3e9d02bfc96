using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Modules;

namespace Sitecast.Pipelines;

/// <summary>The theme's static files (CSS, scripts, icons), copied to /assets/ as they are; the site's theme wins.</summary>
public sealed class Assets : Pipeline
{
    public Assets(SiteContext site)
    {
        Input.Add(new CreateDocuments(_ => site.Theme.FilesUnder("assets").Select(f => new Document
        {
            Source = f.Display,
            Destination = "assets/" + f.Relative,
            Content = DocumentContent.FromFile(f.Path),
        })));
        Output.Add(new WriteFiles(site));
    }
}
