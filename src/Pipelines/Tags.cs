using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Modules;

namespace Sitecast.Pipelines;

/// <summary>One paged listing per tag at /tags/&lt;slug&gt;/, and the tag overview with counts at /tags/.</summary>
public sealed class Tags : Pipeline
{
    public Tags(SiteContext site)
    {
        DependsOn<Posts>();
        DependsOn<Episodes>(Phase.PostProcess); // the pages' heads link the podcast feed when there is one
        Process.Add(new CreateDocuments(context =>
        {
            IReadOnlyList<TagGroup> tags = GroupTags.From(context.OutputsOf<Posts>(), context.Diagnostics, site.Language.Url("/tags/"));
            var documents = new List<Document>
            {
                new Document { Destination = site.Language.Destination("/tags/"), Model = new TagIndex(tags) }
                    .With(LastModified.Key, LastModified.Newest(tags.SelectMany(t => t.Posts))),
            };
            foreach (TagGroup tag in tags)
            {
                string title = $"{site.Strings["tag"]}: {tag.Name}";
                documents.AddRange(PaginatePosts.Pages(tag.Posts, site.Config.PostsPerPage, tag.Url, title));
            }

            return documents;
        }));
        PostProcess.Add(new RenderListings(site));
        Output.Add(new WriteFiles(site));
    }
}
