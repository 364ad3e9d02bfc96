using Sitecast.Engine;

namespace Sitecast.Model;

/// <summary>The archive: the posts of each year, newest year first, posts newest first.</summary>
public sealed record YearArchive(IReadOnlyList<(int Year, IReadOnlyList<Document> Posts)> Years);
