namespace Sitecast.Audio;

/// <summary>
/// Lengths computed from counts a file states about itself (granule positions, sample counts, time scales). A damaged
/// header can state millions of years, which <see cref="TimeSpan"/> cannot even hold: past <see cref="Longest"/>, the
/// figure is the header's damage and the file is refused with a message, instead of an overflow deep in a parser.
/// </summary>
internal static class AudioDuration
{
    /// <summary>Far beyond any episode (a week of audio), far below what <see cref="TimeSpan"/> holds.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(7);

    /// <param name="source">What stated the length, for the message: "the last Ogg page's granule position".</param>
    public static TimeSpan FromSeconds(double seconds, string source)
    {
        if (double.IsNaN(seconds) || seconds > Longest.TotalSeconds)
        {
            throw new AudioFormatException($"{source} gives a length of {seconds / 3600:0} hours, more than a week: the file is damaged");
        }

        return TimeSpan.FromSeconds(Math.Max(seconds, 0));
    }
}
