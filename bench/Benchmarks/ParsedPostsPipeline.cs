using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Modules;

namespace Sitecast.Benchmarks;

/// <summary>The Input and Process steps of the Posts pipeline, without layout and writing.</summary>
internal sealed class ParsedPostsPipeline : Pipeline
{
    public ParsedPostsPipeline(SiteContext site)
    {
        Input.Add(new ReadFiles(site.SourcePath("input/posts"), "input/posts", "*.md", recursive: true));
        Process.Add(new ParsePosts(site));
        Process.Add(new SortPosts());
        Process.Add(new LinkNeighbours());
    }
}
