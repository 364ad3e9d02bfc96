using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Engine;
using Sitecast.Model;

namespace Sitecast.Modules;

/// <summary>
/// Groups posts by tag. A tag's URL is its German slug (/tags/digitaler-zwilling/), so spellings that give the
/// same slug ("Digitaler Zwilling", "digitaler zwilling") are one tag: they are merged under the spelling most
/// posts use, with a warning naming every spelling. A tag that gives no slug at all is an error.
/// </summary>
public static class GroupTags
{
    /// <param name="tagsUrl">Where the language's tag pages live: /tags/, or /en/tags/.</param>
    public static IReadOnlyList<TagGroup> From(IReadOnlyList<Document> postsNewestFirst, DiagnosticBag diagnostics, string tagsUrl = "/tags/")
    {
        var bySlug = new SortedDictionary<string, List<(string Spelling, Document Post)>>(StringComparer.Ordinal);
        foreach (Document document in postsNewestFirst)
        {
            Post post = document.ModelAs<Post>();
            foreach (string tag in post.Tags)
            {
                string slug = Slug.From(tag);
                if (!Slug.IsValid(slug))
                {
                    diagnostics.Error(new SourceLocation(post.SourcePath), $"the tag '{tag}' gives no usable URL (slug '{slug}')",
                        "use letters or digits in tag names");
                    continue;
                }

                if (!bySlug.TryGetValue(slug, out var uses)) bySlug[slug] = uses = new();
                // A post that lists two spellings of one tag is still listed once. Its earlier use, if any, is the
                // last one in the list: the posts are taken one after another.
                if (uses.Count == 0 || !ReferenceEquals(uses[^1].Post, document)) uses.Add((tag, document));
            }
        }

        var groups = new List<TagGroup>(bySlug.Count);
        foreach (var (slug, uses) in bySlug)
        {
            var spellings = uses.GroupBy(u => u.Spelling, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            string name = spellings[0].Key;
            if (spellings.Count > 1)
            {
                // Point at the first post (by path) that uses a spelling other than the chosen one.
                string where = uses.Where(u => u.Spelling != name).Select(u => u.Post.Source).Order(StringComparer.Ordinal).First();
                string all = string.Join(", ", spellings.Select(s => $"'{s.Key}'").Order(StringComparer.Ordinal));
                diagnostics.Warning(new SourceLocation(where),
                    $"the tags {all} all become {tagsUrl}{slug}/ and are shown as one tag '{name}'",
                    "write the tag the same way in every post");
            }

            groups.Add(new TagGroup(name, slug, uses.Select(u => u.Post).ToList(), tagsUrl));
        }

        return groups;
    }
}
