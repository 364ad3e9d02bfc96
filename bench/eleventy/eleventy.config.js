// Eleventy build of the benchmark corpus: the same page set as the other generators
// (a page per post, a paged index, a page per tag, an RSS feed).
module.exports = function (eleventyConfig) {
  eleventyConfig.addCollection("posts", (api) => api.getFilteredByGlob("posts/*.md").sort((a, b) => b.date - a.date));
  eleventyConfig.addCollection("tagList", (api) => {
    const tags = new Set();
    api.getFilteredByGlob("posts/*.md").forEach((p) => (p.data.tags || []).forEach((t) => tags.add(t)));
    return [...tags].sort();
  });
  eleventyConfig.addFilter("slug2", (s) => String(s).toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""));
  eleventyConfig.addFilter("head", (items, n) => items.slice(0, n));
  eleventyConfig.addFilter("isoDate", (d) => new Date(d).toISOString());
  return { dir: { input: ".", includes: "_includes", output: "_site" }, markdownTemplateEngine: false };
};
