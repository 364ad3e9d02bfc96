using Sitecast.Tests.Support;

namespace Sitecast.Tests.Browser;

/// <summary>What one page visit showed: the problems seen and the bytes of CSS and JavaScript the page loaded.</summary>
public sealed record VisitResult(SitePage Page, IReadOnlyList<string> Problems, long StyleAndScriptBytes);
