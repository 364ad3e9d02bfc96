using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Feeds;
using Sitecast.Incremental;
using Sitecast.Modules;
using Sitecast.Templates;

namespace Sitecast.Pipelines;

/// <summary>The blog's feeds, all from the same newest posts: RSS 2.0 (/feed.xml), Atom (/atom.xml), JSON Feed 1.1 (/feed.json).</summary>
public sealed class BlogFeeds : Pipeline
{
    public BlogFeeds(SiteContext site)
    {
        DependsOn<Posts>();
        Process.Add(new CreateDocuments(context =>
        {
            IReadOnlyList<Document> posts = context.OutputsOf<Posts>();
            // Made only when a feed is written: after an edit to an older post the feeds are what they were, and
            // are taken over by their keys without a post body being decoded or rewritten.
            var feed = new Lazy<BlogFeed>(() => BlogFeedBuilder.Build(posts, site));
            // One key of what the feeds are made from, then one per format.
            string? key = BlogFeedBuilder.KeyOf(posts, site);
            return
            [
                Feed(BlogFeedBuilder.RssPath, "rss", () => RssFeedWriter.Write(feed.Value)),
                Feed(BlogFeedBuilder.AtomPath, "atom", () => AtomFeedWriter.Write(feed.Value)),
                Feed(BlogFeedBuilder.JsonPath, "json", () => JsonFeedWriter.Write(feed.Value)),
            ];

            Document Feed(string path, string format, Func<byte[]> write) => new()
            {
                Destination = site.Language.Destination(path),
                Content = new RenderedContent(stream => stream.Write(write()), key is null ? null : ModelFingerprint.OfTexts([key, format])),
            };
        }));
        Output.Add(new WriteFiles(site));
    }
}
