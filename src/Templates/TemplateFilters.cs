using Fluid;
using Fluid.Values;
using Sitecast.Content;

namespace Sitecast.Templates;

/// <summary>
/// Our Liquid filters. Examples (template → output, for a site at https://example.org/):
///   {{ "/blog/" | url }}            → /blog/
///   {{ "/blog/" | absolute_url }}   → https://example.org/blog/
///   {{ "/blog/" | lang_url }}       → /blog/ (default language) / /en/blog/ (a page in English at /en/)
///   {{ post.date | date_long }}     → 5. Januar 2026 (de) / January 5, 2026 (en)
///   {{ 1234567 | file_size }}       → 1,2 MB (de) / 1.2 MB (en)
/// </summary>
public static class TemplateFilters
{
    public static void Register(FilterCollection filters, SiteUrls urls, string language, string languagePrefix = "")
    {
        filters.AddFilter("url", (input, _, _) => new StringValue(urls.Relative(input.ToStringValue())));
        // A path of the page's own language: the same page type in the language the page is in.
        filters.AddFilter("lang_url", (input, _, _) =>
            new StringValue(urls.Relative(languagePrefix.Length == 0 ? input.ToStringValue() : "/" + languagePrefix + input.ToStringValue().TrimStart('/'))));
        filters.AddFilter("absolute_url", (input, _, _) => new StringValue(urls.Absolute(input.ToStringValue())));
        filters.AddFilter("date_long", (input, _, context) =>
            input.TryGetDateTimeInput(context, out DateTimeOffset date)
                ? new StringValue(DateFormatter.Long(date, language))
                : NilValue.Instance);
        filters.AddFilter("file_size", (input, _, _) => new StringValue(FileSize.Format((long)input.ToNumberValue(), language)));
    }
}
