namespace Sitecast.Search;

/// <summary>Where in an entry a term occurs: the fields that earn a fixed weight once, and the text.</summary>
internal enum TermField
{
    None,
    Title,
    Tags,
    Description,
    Text,
}
