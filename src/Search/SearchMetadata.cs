namespace Sitecast.Search;

/// <summary>The metadata key under which a document offers a <see cref="SearchEntry"/> to the search index.</summary>
public static class SearchMetadata
{
    public const string Entry = "searchEntry";
}
