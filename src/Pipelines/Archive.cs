using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Modules;

namespace Sitecast.Pipelines;

/// <summary>The yearly archive: /archive/ lists every post under its year; /archive/&lt;year&gt;/ lists one year, paged.</summary>
public sealed class Archive : Pipeline
{
    public Archive(SiteContext site)
    {
        DependsOn<Posts>();
        DependsOn<Episodes>(Phase.PostProcess); // the pages' heads link the podcast feed when there is one
        Process.Add(new CreateDocuments(context =>
        {
            // Posts arrive newest first, so years and the posts within them come out newest first too.
            var years = context.OutputsOf<Posts>()
                .GroupBy(d => d.ModelAs<Post>().Date.Year)
                .Select(g => (g.Key, (IReadOnlyList<Document>)g.ToList()))
                .ToList();
            var documents = new List<Document>
            {
                new Document { Destination = site.Language.Destination("/archive/"), Model = new YearArchive(years) }
                    .With(LastModified.Key, LastModified.Newest(context.OutputsOf<Posts>())),
            };
            foreach (var (year, posts) in years)
            {
                string title = $"{site.Strings["archive_title"]} {year}";
                documents.AddRange(PaginatePosts.Pages(posts, site.Config.PostsPerPage, site.Language.Url($"/archive/{year}/"), title));
            }

            return documents;
        }));
        PostProcess.Add(new RenderListings(site));
        Output.Add(new WriteFiles(site));
    }
}
