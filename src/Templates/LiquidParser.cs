using Fluid;

namespace Sitecast.Templates;

/// <summary>
/// The program's one Liquid parser, safe to use from several threads and for many builds. Building its grammar
/// takes longer than everything a build does before it parses the theme, so a build starts it on another thread
/// (<see cref="Prepare"/>) before its up-to-date check (figures in docs/performance.md).
/// </summary>
public static class LiquidParser
{
    private static readonly Lazy<FluidParser> Shared = new(() => new FluidParser());

    /// <summary>Builds the parser on another thread, if nothing has yet.</summary>
    public static void Prepare()
    {
        if (!Shared.IsValueCreated) Task.Run(() => Shared.Value);
    }

    public static FluidParser Instance => Shared.Value;
}
