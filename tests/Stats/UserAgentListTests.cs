using Sitecast.Stats;
using Xunit;

namespace Sitecast.Tests.Stats;

/// <summary>The vendored OPAWG lists work with .NET's regular expressions: each entry's own examples are recognised as it.</summary>
public sealed class UserAgentListTests
{
    [Fact]
    public void Every_example_in_the_lists_is_recognised_as_its_own_entry()
    {
        UserAgentLists lists = UserAgentLists.Load();
        var wrong = new List<string>();
        int examples = 0;
        foreach (var (kind, patterns) in lists.Entities)
            foreach (UserAgentPattern entry in patterns)
                foreach (string example in entry.Examples)
                {
                    examples++;
                    var match = lists.MatchEntity(example);
                    if (match?.Pattern != entry) wrong.Add($"{kind} {entry.Name}: '{example}' matched {match?.Kind} {match?.Pattern.Name ?? "nothing"}");
                }

        Assert.True(examples > 500, $"only {examples} examples");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; de_de)", ListenerKind.Library, "AppleCoreMedia", "mobile")]
    [InlineData("AntennaPod/3.3.2", ListenerKind.App, "AntennaPod", "mobile")]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", ListenerKind.Bot, "", "")]
    [InlineData("aria2/1.36.0", ListenerKind.Library, "aria2", "")]
    [InlineData("curl/8.5.0", ListenerKind.Bot, "", "")]
    [InlineData("", ListenerKind.Unknown, "", "")]
    public void A_user_agent_becomes_a_list_name_and_a_device(string userAgent, ListenerKind kind, string name, string category)
    {
        Listener listener = new UserAgentClassifier(UserAgentLists.Load()).Classify(userAgent);

        Assert.Equal(kind, listener.Kind);
        if (name.Length > 0) Assert.Equal(name, listener.Name);
        Assert.Equal(category, listener.DeviceCategory);
    }
}
