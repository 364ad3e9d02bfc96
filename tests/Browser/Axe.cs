using System.Text.Json;
using Microsoft.Playwright;

namespace Sitecast.Tests.Browser;

/// <summary>Runs axe-core (from tests/browser/node_modules) in a loaded page against the WCAG 2.1 A and AA rules.</summary>
public static class Axe
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private const string RunScript = """
        async (tags) => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return result.violations.map(v =>
            `${v.id} (${v.impact}): ${v.help}\n` +
            v.nodes.map(n => `      at ${n.target.join(' ')}: ${(n.failureSummary || '').replace(/\s+/g, ' ')}`).join('\n'));
        }
        """;

    /// <summary>The violations found, one text per rule with the elements it failed on; empty when there are none.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = BrowserTools.AxeScript });
        JsonElement result = await page.EvaluateAsync<JsonElement>(RunScript, WcagTags);
        return result.EnumerateArray().Select(v => v.GetString() ?? "").ToList();
    }
}
