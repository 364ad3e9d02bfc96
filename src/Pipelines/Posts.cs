using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Modules;

namespace Sitecast.Pipelines;

/// <summary>Blog posts: input/posts/*.md → /blog/&lt;slug&gt;/.</summary>
public sealed class Posts : Pipeline
{
    public Posts(SiteContext site)
    {
        DependsOn<Episodes>(Phase.PostProcess); // the pages' heads link the podcast feed when there is one
        // Read the Markdown files, parse front matter and body, apply the publishing rules, newest first.
        Input.Add(new ReadFiles(site.SourcePath("input/posts"), "input/posts", "*.md", recursive: true));
        if (site.HasTranslations) Input.Add(new SelectLanguage(site, "post"));
        Process.Add(new ParsePosts(site));
        Process.Add(new SortPosts());
        Process.Add(new LinkNeighbours());

        // Lay out each post once every pipeline's Process outputs (pages for the footer …) exist.
        PostProcess.Add(new RenderPostPages(site));
        Output.Add(new WriteFiles(site));
    }
}
