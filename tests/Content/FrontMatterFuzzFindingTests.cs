using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Model;
using Sitecast.Podcast;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Content;

/// <summary>
/// Front matter the coverage-guided fuzzer (fuzz/run.sh frontmatter) found to crash the YAML reading, minimised and
/// kept in tests/fixtures/fuzz: each is now an error naming the file and a line of it, as any broken YAML is.
/// </summary>
public sealed class FrontMatterFuzzFindingTests
{
    [Theory]
    // YamlDotNet threw InvalidOperationException from its scanner: an anchor before a flow sequence left open.
    [InlineData("yaml-anchor-before-open-flow.md", "invalid YAML after this point")]
    // ... and from its parser: text after a document end marker.
    [InlineData("yaml-text-after-document-end.md", "invalid YAML")]
    // YamlDotNet ended a mapping right after its key; the duplicate-key walk ran past the events' end.
    [InlineData("yaml-anchored-key-without-value.md", "invalid YAML")]
    // YamlDotNet threw ArgumentException for a tag made of characters a tag cannot hold.
    [InlineData("yaml-tag-with-invalid-characters.md", "invalid YAML")]
    public void Front_matter_the_fuzzer_found_is_an_error_at_a_line_of_the_file(string name, string message)
    {
        string shown = "posts/" + name;
        byte[] bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "fixtures", "fuzz", name));
        SplitSource split = FrontMatterSplitter.Split(SourceText.Decode(bytes, shown), shown);

        foreach (Action read in new Action[]
        {
            () => YamlReader.Read<FrontMatter>(split.Yaml, shown, split.YamlFirstLine, FrontMatter.Keys, new DiagnosticBag(), out _),
            () => YamlReader.Read<EpisodeFrontMatter>(split.Yaml, shown, split.YamlFirstLine, EpisodeFrontMatter.Keys, new DiagnosticBag(), out _),
        })
        {
            var error = Assert.Throws<ContentException>(read);
            Assert.Equal(shown, error.Diagnostic.Location.Path);
            Assert.InRange(error.Diagnostic.Location.Line, 2, 1 + File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "fixtures", "fuzz", name)).Length);
            Assert.StartsWith(message, error.Diagnostic.Message);
        }
    }
}
