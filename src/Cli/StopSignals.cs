using System.Runtime.InteropServices;

namespace Sitecast.Cli;

/// <summary>
/// Turns Ctrl+C (SIGINT) and a stop from a service manager, a container runtime or `kill` (SIGTERM) into a
/// cancellation the command ends on cleanly. A second signal while that shutdown runs ends the process at once.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;

    public StopSignals(CancellationTokenSource stop)
    {
        _registrations = [Register(PosixSignal.SIGINT, stop), Register(PosixSignal.SIGTERM, stop)];
    }

    public void Dispose()
    {
        foreach (PosixSignalRegistration registration in _registrations) registration.Dispose();
    }

    private static PosixSignalRegistration Register(PosixSignal signal, CancellationTokenSource stop) =>
        PosixSignalRegistration.Create(signal, context =>
        {
            // Cancel = true keeps the process alive for the clean shutdown; the second time, the default (end now) applies.
            context.Cancel = !stop.IsCancellationRequested;
            stop.Cancel();
        });
}
