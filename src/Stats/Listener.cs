namespace Sitecast.Stats;

/// <summary>
/// What a User-Agent says about the client, reduced to list names: the app (or bot, library, browser) and the device.
/// Only these names ever reach an output; the User-Agent itself never does.
/// </summary>
public sealed record Listener(ListenerKind Kind, string Name, string Device, string DeviceCategory)
{
    public static readonly Listener Unknown = new(ListenerKind.Unknown, "", "", "");

    public bool IsBot => Kind == ListenerKind.Bot;
}
