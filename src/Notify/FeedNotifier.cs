using System.Xml.Linq;
using Sitecast.Podcast;

namespace Sitecast.Notify;

/// <summary>
/// `notify`: tells the feed's WebSub hubs (WebSub publish: hub.mode=publish, hub.url=FEED) and, where configured,
/// the Podcast Index's pubnotify that the feed changed, so apps fetch it now instead of at their next poll.
/// Sends nothing when the feed is byte-identical to the one last notified.
/// </summary>
public static class FeedNotifier
{
    public const int Success = 0;
    public const int Failed = 1;

    public static async Task<int> RunAsync(NotifyOptions options, TextWriter output, TextWriter errors)
    {
        if (!File.Exists(options.FeedPath))
        {
            // A site without a podcast has nothing to announce; with --strict a missing feed is a mistake in the pipeline.
            errors.WriteLine($"{(options.Strict ? "error" : "warning")}: there is no podcast feed {options.FeedPath}; build the site first");
            return options.Strict ? Failed : Success;
        }

        byte[] feed = File.ReadAllBytes(options.FeedPath);
        XElement? channel;
        try
        {
            channel = XDocument.Parse(System.Text.Encoding.UTF8.GetString(feed)).Root?.Element("channel");
        }
        catch (System.Xml.XmlException e)
        {
            errors.WriteLine($"error: {options.FeedPath} is not a feed: {e.Message}");
            return Failed;
        }

        XNamespace atom = FeedNamespaces.Atom;
        string? LinkOf(string rel) => channel?.Elements(atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;
        if (LinkOf("self") is not { } feedUrl)
        {
            errors.WriteLine($"error: {options.FeedPath} names no feed URL (atom:link rel=\"self\")");
            return Failed;
        }

        var hubs = channel!.Elements(atom + "link").Where(l => (string?)l.Attribute("rel") == "hub")
            .Select(l => l.Attribute("href")?.Value).OfType<string>().ToList();
        if (hubs.Count == 0 && options.PubnotifyUrl is null)
        {
            output.WriteLine("notify: the feed names no hub and podcast.yml no pubnotify endpoint; nothing to tell");
            return Success;
        }

        string hash = NotifyState.HashOf(feed);
        if (NotifyState.LastHash(options.StatePath, feedUrl) == hash)
        {
            output.WriteLine($"notify: {feedUrl} is unchanged since the last notification; nothing sent");
            return Success;
        }

        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("sitecast-notify");
        var sender = new PingSender(http, options, output);
        var problems = new List<string>();
        foreach (string hub in hubs)
        {
            string? problem = await sender.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, hub)
            {
                Content = new FormUrlEncodedContent([new("hub.mode", "publish"), new("hub.url", feedUrl)]),
            }, "the WebSub hub");
            Report(problem, $"the WebSub hub {hub}");
        }

        if (options.PubnotifyUrl is { } pubnotify)
        {
            string url = pubnotify + (pubnotify.Contains('?') ? "&" : "?") + "url=" + Uri.EscapeDataString(feedUrl);
            Report(await sender.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, url), "pubnotify"), $"pubnotify {pubnotify}");
        }

        void Report(string? problem, string endpoint)
        {
            if (problem is null) output.WriteLine($"notify: told {endpoint} that {feedUrl} changed");
            else problems.Add(problem);
        }

        if (problems.Count == 0)
        {
            NotifyState.Save(options.StatePath, feedUrl, hash);
            return Success;
        }

        // The hash is kept only after every ping went through, so the next run tries again.
        string severity = options.Strict ? "error" : "warning";
        foreach (string problem in problems) errors.WriteLine($"{severity}: {problem}");
        if (!options.Strict) errors.WriteLine("the site is deployed; apps will find the new episode at their next poll (--strict makes this fail)");
        return options.Strict ? Failed : Success;
    }
}
