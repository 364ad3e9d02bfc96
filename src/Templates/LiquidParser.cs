using Fluid;

namespace Sitecast.Templates;

/// <summary>The program's one Liquid parser, built on first use; safe to use from several threads and for many builds.</summary>
public static class LiquidParser
{
    private static readonly Lazy<FluidParser> Shared = new(() => new FluidParser());

    public static FluidParser Instance => Shared.Value;
}
