namespace Sitecast.Audio;

/// <summary>What an audio file says about itself: its tags, its exact length, its chapters and its cover.</summary>
public sealed record AudioInfo
{
    public required string MimeType { get; init; }
    public required long SizeBytes { get; init; }
    public required TimeSpan Duration { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<string> Artists { get; init; } = [];
    public string? Album { get; init; }

    /// <summary>The track number: the episode number.</summary>
    public int? Track { get; init; }

    /// <summary>The disc number: the season.</summary>
    public int? Disc { get; init; }

    /// <summary>The recording date, or just its year.</summary>
    public DateOnly? Date { get; init; }

    public int? Year { get; init; }

    /// <summary>The comment: the episode description.</summary>
    public string? Comment { get; init; }

    public string? Genre { get; init; }
    public IReadOnlyList<Chapter> Chapters { get; init; } = [];
    public EmbeddedPicture? Cover { get; init; }

    /// <summary>Problems the file survived, e.g. "the file is truncated": worth telling the author, not fatal.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A chapter mark: where it starts, its title, optionally a link and an image.</summary>
public sealed record Chapter(TimeSpan Start, string Title, string? Url = null)
{
    /// <summary>Where the chapter ends, when the file says so (ID3v2 CHAP does; MP4 and Vorbis chapters do not).</summary>
    public TimeSpan? End { get; init; }
}

/// <summary>A picture stored in the audio file's tags (ID3 APIC, MP4 covr, FLAC/Vorbis picture).</summary>
public sealed record EmbeddedPicture(byte[] Data, string MimeType);
