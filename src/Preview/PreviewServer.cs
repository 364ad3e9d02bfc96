using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Sitecast.Preview;

/// <summary>Kestrel serving one folder through <see cref="StaticSiteHandler"/>, on one address.</summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly PreviewEvents _events;

    private PreviewServer(WebApplication app, PreviewEvents events, Uri address)
    {
        _app = app;
        _events = events;
        Address = address;
    }

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:5080/ (the real port when 0 was asked).</summary>
    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="root"/> (asked again on every request: builds swap the folder).</summary>
    /// <param name="host">An IP address or "localhost"; the preview listens on loopback unless told otherwise.</param>
    public static async Task<PreviewServer> StartAsync(Func<string> root, PreviewEvents events, string host, int port,
        CancellationToken cancellationToken = default)
    {
        IPAddress address = host == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(host, out IPAddress? parsed) ? parsed
            : throw new ArgumentException($"--host '{host}' is not an IP address (use 127.0.0.1, ::1 or 0.0.0.0)");

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        // The command owns the process's signals (Cli/StopSignals); the host's console lifetime would stop Kestrel
        // on SIGTERM behind the session's back.
        builder.Services.AddSingleton<IHostLifetime, CommandOwnedLifetime>();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, port);
        });

        WebApplication app = builder.Build();
        var handler = new StaticSiteHandler(root, events);
        app.Run(handler.HandleAsync);
        await app.StartAsync(cancellationToken);

        string bound = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, events, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        _events.CloseAll();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Open event streams end with the process.
        }

        await _app.DisposeAsync();
    }

    private sealed class CommandOwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
