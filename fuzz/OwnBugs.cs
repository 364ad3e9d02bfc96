using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Sitecast.Audio;

namespace Sitecast.Fuzz;

/// <summary>
/// AudioReader turns whatever a damaged file makes TagLib# throw into an <see cref="AudioFormatException"/>. That
/// catch-all also hides exceptions thrown by sitecast's own readers, which are bugs (a bounds check missing, an
/// overflow), so the harness throws those on: an exception whose innermost sitecast or TagLib# frame is sitecast's.
/// </summary>
internal static class OwnBugs
{
    public static void ThrowIfHidden(AudioFormatException e)
    {
        if (e.InnerException is { } inner && StartedInSitecast(inner)) ExceptionDispatchInfo.Throw(inner);
    }

    public static bool StartedInSitecast(Exception e)
    {
        foreach (StackFrame frame in new StackTrace(e).GetFrames())
        {
            string? space = frame.GetMethod()?.DeclaringType?.Namespace;
            if (space is null) continue;
            if (space.StartsWith("Sitecast", StringComparison.Ordinal)) return true;
            if (space.StartsWith("TagLib", StringComparison.Ordinal)) return false;
        }

        return false;
    }
}
