namespace Sitecast.Tests.Stats;

/// <summary>
/// A log of the <see cref="StatsSite"/> podcast in which every case of the IAB rules occurs once, with its truth:
/// 6 downloads of the long episode, 2 of the short one, 3 bot requests, and feed fetches of two apps on two days.
/// </summary>
public static class TruthLog
{
    public const string Apple = "Podcasts/1710.3 CFNetwork/1494.0.7 Darwin/23.4.0";
    public const string AntennaPod = "AntennaPod/3.3.2";
    public const string Overcast = "Overcast/3.0 (+http://overcast.fm/; iOS podcast app)";
    public const string Spotify = "Spotify/8.9.28 iOS/17.4.1 (iPhone15,2)";
    public const string Googlebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    public const string Ahrefs = "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)";

    public const int LongDownloads = 6, ShortDownloads = 2, BotRequests = 3;

    public static readonly DateTimeOffset Start = new(2026, 11, 10, 8, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Every client address in the log, for the privacy test.</summary>
    public static IReadOnlyList<string> Clients(StatsSite site) => Events(site).Select(e => e.Client).Distinct().ToList();

    public static IReadOnlyList<LogEvent> Events(StatsSite site)
    {
        string lang = StatsSite.LongAudio, kurz = StatsSite.ShortAudio;
        long full = site.LongSize;
        var events = new List<LogEvent>();
        void At(double hours, string client, string method, string path, int status, long bytes, string agent) =>
            events.Add(new LogEvent(Start.AddHours(hours), client, method, path, status, bytes, agent));

        // Apple's two-byte probe, then ranges that add up to one minute: one download.
        At(0, "192.0.2.1", "GET", lang, 206, 2, Apple);
        At(0.01, "192.0.2.1", "GET", lang, 206, 150_000, Apple);
        At(0.02, "192.0.2.1", "GET", lang, 206, 150_000, Apple);
        // The same address with another app is another listener: one download.
        At(0.03, "192.0.2.1", "GET", lang, 200, full, AntennaPod);
        // Ranges that stop short of a minute: none.
        At(0.1, "192.0.2.2", "GET", lang, 206, 2, Overcast);
        At(0.11, "192.0.2.2", "GET", lang, 206, 200_000, Overcast);
        // A whole file, again three hours later (the same download), then after 25 hours (a second one): two.
        At(0.2, "192.0.2.3", "GET", lang, 200, full, AntennaPod);
        At(3.2, "192.0.2.3", "GET", lang, 200, full, AntennaPod);
        At(25.2, "192.0.2.3", "GET", lang, 200, full, AntennaPod);
        // An IPv6 client: one download.
        At(0.3, "2001:db8::17", "GET", lang, 200, full, Spotify);
        // A bot from the OPAWG list: none.
        At(0.4, "198.51.100.7", "GET", lang, 200, full, Googlebot);
        // HEAD, 304 and 404: none.
        At(0.5, "192.0.2.5", "HEAD", lang, 200, 0, Apple);
        At(0.51, "192.0.2.5", "GET", lang, 304, 0, Apple);
        At(0.6, "192.0.2.6", "GET", lang, 404, 153, Apple);
        // An error answer counts none of its bytes, however many the server sent (a large error page, a 416).
        At(0.61, "192.0.2.11", "GET", lang, 404, full, Apple);
        At(0.62, "192.0.2.12", "GET", lang, 416, full, Apple);
        // An audio file that is no episode: none.
        At(0.7, "192.0.2.7", "GET", "/podcast/audio/fremd.mp3", 200, 500_000, AntennaPod);
        // A query string on the episode's URL: one download.
        At(0.8, "192.0.2.8", "GET", lang + "?_from=feed", 200, full, Apple);
        // 200 ranges on either side of the 24-hour window do not add up: none.
        At(0.9, "192.0.2.9", "GET", lang, 206, 200_000, Overcast);
        At(24.95, "192.0.2.9", "GET", lang, 206, 200_000, Overcast);
        // A download broken off after a third: none.
        At(1.0, "192.0.2.10", "GET", lang, 200, 100_000, AntennaPod);

        // The short episode counts when the whole file was sent: two of three.
        At(2.0, "192.0.2.1", "GET", kurz, 200, site.ShortSize, Apple);
        At(2.1, "192.0.2.20", "GET", kurz, 206, 3000, Overcast);
        At(2.11, "192.0.2.20", "GET", kurz, 206, site.ShortSize - 3000, Overcast);
        At(2.2, "192.0.2.21", "GET", kurz, 206, site.ShortSize - 1, Overcast);
        At(2.3, "203.0.113.9", "GET", kurz, 200, site.ShortSize, Ahrefs);

        // The feed: Apple on both days (twice on the first), AntennaPod on the first (304 is a fetch); a bot and a HEAD do not count.
        At(4.0, "192.0.2.1", "GET", StatsSite.Feed, 200, 5000, Apple);
        At(4.5, "192.0.2.1", "GET", StatsSite.Feed, 200, 5000, Apple);
        At(4.6, "192.0.2.3", "GET", StatsSite.Feed, 304, 0, AntennaPod);
        At(4.7, "198.51.100.7", "GET", StatsSite.Feed, 200, 5000, Googlebot);
        At(4.8, "192.0.2.30", "HEAD", StatsSite.Feed, 200, 0, AntennaPod);
        At(28.0, "192.0.2.1", "GET", StatsSite.Feed, 200, 5000, Apple);

        // Pages: none.
        At(5.0, "192.0.2.40", "GET", "/", 200, 12_000, Apple);
        At(5.1, "192.0.2.40", "GET", "/podcast/", 200, 9_000, Apple);
        return events.OrderBy(e => e.Time).ToList();
    }
}
