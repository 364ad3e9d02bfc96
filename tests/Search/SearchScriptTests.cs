using System.Diagnostics;
using System.Text.Json;
using Sitecast.Search;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Search;

/// <summary>
/// theme/assets/js/search.js must turn queries into the same terms as the C# index does; these tests run the
/// script in Node (skipped where Node is not installed).
/// </summary>
public sealed class SearchScriptTests
{
    private static readonly string Script = Path.Combine(RepoPaths.Theme, "assets", "js", "search.js");

    private static readonly string[] Words =
    [
        "Städte", "STÄDTEN", "Straße", "Strasse", "Planungen", "Wohnung", "Zwillinge", "Bürgern", "Kommunen", "München",
        "Muenchen", "Café", "Crème brûlée", "Smart-City 2026", "neue", "jung", "das", "a", "Über-Uns!", "Ruhrgebiets",
        "Digitalisierung", "Niño", "Øresund", "Köln/Bonn", "e-Government", "",
        "Tuer", "Koeln", "Buergerbeteiligung", "Quelle", "AE",
    ];

    [SkippableFact]
    public void The_script_makes_the_same_query_terms_as_the_index()
    {
        string[] javascript = JsonSerializer.Deserialize<string[][]>(RunNode("""
            const s = require(process.argv[2]);
            const words = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
            console.log(JSON.stringify(words.map(w => s.queryTerms(w))));
            """, JsonSerializer.Serialize(Words)))!.Select(t => string.Join(' ', t)).ToArray();

        string[] csharp = Words.Select(w => string.Join(' ', SearchText.QueryTerms(w))).ToArray();
        Assert.Equal(csharp, javascript);
    }

    private static readonly string[] EnglishWords =
    [
        "cities", "city", "boxes", "churches", "classes", "parks", "bus", "this", "planning", "planned", "plans", "measure",
        "measured", "measuring", "quickly", "falling", "buzzed", "using", "use", "ties", "Twin Talks", "Rotterdam's",
        "updates", "Café", "Straße", "a", "", "studies", "dressed", "hopping", "agreed",
    ];

    [SkippableFact]
    public void The_script_stems_english_queries_as_the_index_does()
    {
        string[] javascript = JsonSerializer.Deserialize<string[][]>(RunNode("""
            const s = require(process.argv[2]);
            const words = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
            console.log(JSON.stringify(words.map(w => s.queryAlternatives(w, true).map(a => a.join('|')))));
            """, JsonSerializer.Serialize(EnglishWords)))!.Select(t => string.Join(' ', t)).ToArray();

        string[] csharp = EnglishWords.Select(w => string.Join(' ', SearchText.QueryAlternatives(w, english: true).Select(a => string.Join('|', a)))).ToArray();
        Assert.Equal(csharp, javascript);
        // And the rules are the English ones, not the German.
        Assert.Equal("city plan measur", string.Join(' ', SearchText.QueryTerms("cities planning measured", english: true)));
    }

    [SkippableFact]
    public void The_script_makes_the_same_umlaut_alternatives_as_the_index()
    {
        string[] javascript = JsonSerializer.Deserialize<string[]>(RunNode("""
            const s = require(process.argv[2]);
            const words = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
            console.log(JSON.stringify(words.map(w => s.queryAlternatives(w).map(a => a.join('|')).join(' '))));
            """, JsonSerializer.Serialize(Words)))!;

        string[] csharp = Words.Select(w => string.Join(' ', SearchText.QueryAlternatives(w).Select(a => string.Join('|', a)))).ToArray();
        Assert.Equal(csharp, javascript);
        Assert.Contains("muench|munch", csharp);
    }

    [SkippableFact]
    public void The_script_finds_documents_in_an_index_built_by_the_site()
    {
        var entries = new[]
        {
            new SearchEntry("post", "/blog/muenchen/", "Ein Tag in München", null, ["Reise"], "Die Straße zum Marienplatz.", "München."),
            new SearchEntry("episode", "/podcast/1/", "Planung der Städte", "Gespräch", ["Podcast"], "Transkript über Stadtplanung.", "Gespräch."),
            new SearchEntry("page", "/tur/", "Eine Tur", null, [], "Ohne Umlaut geschrieben.", ""),
        };
        string json = SearchIndex.Build(entries);

        string output = RunNode("""
            const s = require(process.argv[2]);
            const index = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
            const queries = ['muenchen', 'Munchen', 'strasse', 'Städte', 'stadt', 'plan', 'marienpl', 'münchen podcast', 'xyz', 'pl', 'Tuer'];
            console.log(JSON.stringify(queries.map(q => s.search(index, q).map(r => r.url).join(' '))));
            """, json);
        string[] results = JsonSerializer.Deserialize<string[]>(output)!;

        Assert.Equal(
        [
            "/blog/muenchen/", "/blog/muenchen/", "/blog/muenchen/", "/podcast/1/", "/podcast/1/",
            // "plan" (Planung) and "marienpl" (a beginning, 3+ letters) match; every word must match; "pl" is too short to be a beginning.
            "/podcast/1/", "/blog/muenchen/", "", "", "",
            // "Tuer" typed for "Tür" also finds "Tur" written without the umlaut.
            "/tur/",
        ], results);
    }

    private static string RunNode(string program, string data)
    {
        string? node = FindNode();
        Skip.If(node is null, "node is not installed");
        string folder = Path.Combine(Path.GetTempPath(), "sitecast-node-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "run.js"), program);
            File.WriteAllText(Path.Combine(folder, "data.json"), data);
            var start = new ProcessStartInfo(node!, [Path.Combine(folder, "run.js"), Script, Path.Combine(folder, "data.json")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using Process process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            string error = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(30_000), "node did not finish");
            Assert.True(process.ExitCode == 0, error);
            return output;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .SelectMany(dir => new[] { Path.Combine(dir, "node"), Path.Combine(dir, "nodejs") })
        .FirstOrDefault(File.Exists);
}
