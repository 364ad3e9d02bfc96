namespace Sitecast.Podcast;

/// <summary>podcast:updateFrequency: podcast.yml's, else the site's cadence as an RFC 5545 rule with a label.</summary>
public static class ChannelFrequency
{
    public static UpdateFrequency Of(UpdateFrequency? configured, int cadenceDays, string language)
    {
        UpdateFrequency derived = Derive(cadenceDays, language);
        if (configured is null) return derived;
        return new UpdateFrequency
        {
            Rrule = configured.Rrule,
            Text = configured.Text ?? (configured.Complete ? (German(language) ? "Abgeschlossen" : "Complete") : configured.Rrule ?? derived.Text),
            Complete = configured.Complete,
            Dtstart = configured.Dtstart,
        };
    }

    private static UpdateFrequency Derive(int days, string language)
    {
        bool weeks = days % 7 == 0;
        string rule = weeks ? "FREQ=WEEKLY" + (days > 7 ? $";INTERVAL={days / 7}" : "") : "FREQ=DAILY" + (days > 1 ? $";INTERVAL={days}" : "");
        string text = (German(language), days) switch
        {
            (true, 1) => "Täglich",
            (true, 7) => "Wöchentlich",
            (true, _) => $"Alle {days} Tage",
            (false, 1) => "Daily",
            (false, 7) => "Weekly",
            (false, _) => $"Every {days} days",
        };
        return new UpdateFrequency { Rrule = rule, Text = text };
    }

    private static bool German(string language) => language.StartsWith("de", StringComparison.OrdinalIgnoreCase);
}
