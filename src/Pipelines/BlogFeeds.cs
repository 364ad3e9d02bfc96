using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Feeds;
using Sitecast.Modules;

namespace Sitecast.Pipelines;

/// <summary>The blog's feeds, all from the same newest posts: RSS 2.0 (/feed.xml), Atom (/atom.xml), JSON Feed 1.1 (/feed.json).</summary>
public sealed class BlogFeeds : Pipeline
{
    public BlogFeeds(SiteContext site)
    {
        DependsOn<Posts>();
        Process.Add(new CreateDocuments(context =>
        {
            BlogFeed feed = BlogFeedBuilder.Build(context.OutputsOf<Posts>(), site);
            return
            [
                new Document { Destination = BlogFeedBuilder.RssPath.TrimStart('/'), Content = DocumentContent.FromBytes(RssFeedWriter.Write(feed)) },
                new Document { Destination = BlogFeedBuilder.AtomPath.TrimStart('/'), Content = DocumentContent.FromBytes(AtomFeedWriter.Write(feed)) },
                new Document { Destination = BlogFeedBuilder.JsonPath.TrimStart('/'), Content = DocumentContent.FromBytes(JsonFeedWriter.Write(feed)) },
            ];
        }));
        Output.Add(new WriteFiles(site));
    }
}
