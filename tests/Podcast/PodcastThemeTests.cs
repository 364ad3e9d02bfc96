using System.Text.RegularExpressions;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

public sealed partial class PodcastThemeTests
{
    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void Every_string_the_podcast_layouts_use_is_in_the_language_file(string language)
    {
        string strings = File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", language + ".yml"));
        var defined = strings.Split('\n').Select(l => l.Split(':')[0]).ToHashSet(StringComparer.Ordinal);
        var used = new[] { "episode", "podcast" }
            .SelectMany(layout => StringKey().Matches(File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", layout + ".liquid"))))
            .Select(m => m.Groups[1].Value)
            .Concat(["podcast_trailer", "podcast_bonus"]) // looked up by episode type
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, key => Assert.Contains(key, defined));
    }

    [GeneratedRegex(@"\bt\.([a-z_]+)")]
    private static partial Regex StringKey();
}
