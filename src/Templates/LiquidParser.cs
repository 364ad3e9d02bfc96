using Fluid;

namespace Sitecast.Templates;

/// <summary>
/// The program's one Liquid parser, safe to use from several threads and for many builds. Building its grammar is
/// a tenth of a build after one edited post, so a build starts it (<see cref="Prepare"/>) before its up-to-date check.
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
