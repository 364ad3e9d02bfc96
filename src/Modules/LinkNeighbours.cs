using System.Collections.Immutable;
using Sitecast.Engine;
using Sitecast.Model;

namespace Sitecast.Modules;

/// <summary>
/// Gives each post links to its older and newer neighbour. Expects the posts newest first (after
/// <see cref="SortPosts"/>), so the neighbours follow the same total order as every listing.
/// </summary>
public sealed class LinkNeighbours : IModule
{
    public const string OlderKey = "olderPost";
    public const string NewerKey = "newerPost";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var linked = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        for (int i = 0; i < inputs.Length; i++)
        {
            Document document = inputs[i];
            linked.Add(document
                .With(NewerKey, i > 0 ? LinkTo(inputs[i - 1]) : null)
                .With(OlderKey, i < inputs.Length - 1 ? LinkTo(inputs[i + 1]) : null));
        }

        return Task.FromResult(linked.MoveToImmutable());
    }

    private static PostLink LinkTo(Document document)
    {
        Post post = document.ModelAs<Post>();
        return new PostLink(post.Title, post.Url);
    }
}
