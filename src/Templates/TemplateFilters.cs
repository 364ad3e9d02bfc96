using Fluid;
using Fluid.Values;
using Sitecast.Content;

namespace Sitecast.Templates;

/// <summary>
/// Our Liquid filters. Examples (template → output, for a site at https://example.org/):
///   {{ "/blog/" | url }}            → /blog/
///   {{ "/blog/" | absolute_url }}   → https://example.org/blog/
///   {{ post.date | date_long }}     → 5. Januar 2026 (de) / January 5, 2026 (en)
///   {{ 1234567 | file_size }}       → 1,2 MB (de) / 1.2 MB (en)
/// </summary>
public static class TemplateFilters
{
    public static void Register(FilterCollection filters, SiteUrls urls, string language)
    {
        filters.AddFilter("url", (input, _, _) => new StringValue(urls.Relative(input.ToStringValue())));
        filters.AddFilter("absolute_url", (input, _, _) => new StringValue(urls.Absolute(input.ToStringValue())));
        filters.AddFilter("date_long", (input, _, context) =>
            input.TryGetDateTimeInput(context, out DateTimeOffset date)
                ? new StringValue(DateFormatter.Long(date, language))
                : NilValue.Instance);
        filters.AddFilter("file_size", (input, _, _) => new StringValue(FileSize.Format((long)input.ToNumberValue(), language)));
    }
}
