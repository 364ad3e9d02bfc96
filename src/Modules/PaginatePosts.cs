using System.Collections.Immutable;
using Sitecast.Engine;
using Sitecast.Model;

namespace Sitecast.Modules;

/// <summary>
/// Cuts a sorted list of posts into pages of a listing: page 1 at <c>urlBase</c>, page n at
/// <c>urlBase</c>page/n/. No posts still gives one (empty) page, so the listing's URL always exists.
/// </summary>
public static class PaginatePosts
{
    public static ImmutableArray<Document> Pages(IReadOnlyList<Document> posts, int perPage, string urlBase, string title)
    {
        perPage = Math.Max(1, perPage);
        int pageCount = Math.Max(1, (posts.Count + perPage - 1) / perPage);
        string UrlOf(int number) => number == 1 ? urlBase : $"{urlBase}page/{number}/";

        var pages = ImmutableArray.CreateBuilder<Document>(pageCount);
        for (int number = 1; number <= pageCount; number++)
        {
            var list = new ListPage
            {
                Title = title,
                Url = UrlOf(number),
                Items = posts.Skip((number - 1) * perPage).Take(perPage).ToList(),
                PageNumber = number,
                PageCount = pageCount,
                PreviousUrl = number > 1 ? UrlOf(number - 1) : null,
                NextUrl = number < pageCount ? UrlOf(number + 1) : null,
            };
            pages.Add(new Document { Destination = list.Url.TrimStart('/') + "index.html", Model = list });
        }

        return pages.MoveToImmutable();
    }
}
