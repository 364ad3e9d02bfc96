using Sitecast.Build;
using Sitecast.Diagnostics;

namespace Sitecast.Incremental;

/// <summary>
/// What the last successful build into an output folder was made from: the fingerprint of its inputs, the
/// fingerprint of the output it wrote, its time zone and "now", the span of time in which that output stays
/// right as modules reported it, every date written in the content (a scheduled post or episode appears on its
/// day without a file changing), and the diagnostics it reported (shown again when the build is skipped).
/// </summary>
public sealed record BuildStamp(
    string InputFingerprint,
    string OutputFingerprint,
    string TimeZone,
    DateTimeOffset BuiltAt,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    IReadOnlyList<string> ContentDates,
    IReadOnlyList<Diagnostic> Diagnostics);
