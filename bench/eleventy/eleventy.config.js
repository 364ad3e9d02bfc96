// Eleventy build of the benchmark corpus: the pages sitecast makes for it and no others (bench/run.py prints every
// generator's files and bytes): a page per post, the paged blog, a home page, the tag overview and a paged listing
// per tag, the yearly archive and a paged listing per year, RSS, Atom and JSON Feed of the 20 newest posts, a
// sitemap, robots.txt, a 404 page and the theme's assets.
const PAGE_SIZE = 10;
const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

const slug = (s) => String(s).toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
  .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

// One entry per page of a paged listing: "paging" of a list that is itself one page of a pagination.
function pagesOf(groups, baseUrl) {
  const pages = [];
  for (const [name, posts] of groups) {
    for (let i = 0; i * PAGE_SIZE < posts.length; i++) {
      const url = baseUrl(name) + (i === 0 ? "" : `page/${i + 1}/`);
      const next = (i + 1) * PAGE_SIZE < posts.length ? baseUrl(name) + `page/${i + 2}/` : null;
      pages.push({ name, url, number: i + 1, next, posts: posts.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE) });
    }
  }
  return pages;
}

function postsNewestFirst(api) {
  return api.getFilteredByGlob("posts/*.md").sort((a, b) => b.date - a.date);
}

function tagGroups(api) {
  const groups = new Map();
  for (const post of postsNewestFirst(api))
    for (const tag of post.data.tags || []) (groups.get(tag) || groups.set(tag, []).get(tag)).push(post);
  return [...groups].sort((a, b) => a[0].localeCompare(b[0], "de"));
}

function yearGroups(api) {
  const groups = new Map();
  for (const post of postsNewestFirst(api)) {
    const year = post.date.getFullYear();
    (groups.get(year) || groups.set(year, []).get(year)).push(post);
  }
  return [...groups];
}

// An id on every heading, made while the Markdown is rendered (as sitecast and Hugo do), not by rewriting the HTML.
function headingIds(md) {
  md.core.ruler.push("heading_ids", (state) => {
    state.tokens.forEach((token, i) => {
      if (token.type === "heading_open") token.attrSet("id", slug(state.tokens[i + 1].content));
    });
  });
}

module.exports = function (eleventyConfig) {
  // Like sitecast and Hugo: typographic quotes, and an id on every heading.
  eleventyConfig.amendLibrary("md", (md) => md.set({ typographer: true }).use(headingIds));
  eleventyConfig.addPassthroughCopy("assets");
  eleventyConfig.addCollection("posts", postsNewestFirst);
  eleventyConfig.addCollection("tagGroups", tagGroups);
  eleventyConfig.addCollection("tagPages", (api) => pagesOf(tagGroups(api), (tag) => `/tags/${slug(tag)}/`));
  eleventyConfig.addCollection("yearGroups", yearGroups);
  eleventyConfig.addCollection("yearPages", (api) => pagesOf(yearGroups(api), (year) => `/archive/${year}/`));
  eleventyConfig.addFilter("slug2", slug);
  eleventyConfig.addFilter("head", (items, n) => items.slice(0, n));
  eleventyConfig.addFilter("isoDate", (d) => new Date(d).toISOString());
  eleventyConfig.addFilter("rfc822", (d) => new Date(d).toUTCString());
  eleventyConfig.addFilter("germanDate", (d) => { const t = new Date(d); return `${t.getDate()}. ${MONTHS[t.getMonth()]} ${t.getFullYear()}`; });
  eleventyConfig.addFilter("summary", (html) => (/<p>([\s\S]*?)<\/p>/.exec(html || "") || ["", ""])[1].replace(/<[^>]+>/g, ""));
  eleventyConfig.addFilter("readingTime", (html) => Math.max(1, Math.round(String(html || "").split(/\s+/).length / 200)));
  eleventyConfig.addFilter("json", (value) => JSON.stringify(value));
  return { dir: { input: ".", includes: "_includes", output: "_site" }, markdownTemplateEngine: false };
};
