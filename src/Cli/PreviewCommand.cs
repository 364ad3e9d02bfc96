using System.CommandLine;
using Sitecast.Build;
using Sitecast.Preview;

namespace Sitecast.Cli;

/// <summary>`preview`: build with drafts and scheduled posts, serve, watch, rebuild, reload open pages.</summary>
public static class PreviewCommand
{
    public static readonly Option<int> Port = new("--port") { Description = "The port to listen on.", DefaultValueFactory = _ => 5080 };

    public static readonly Option<string> Host = new("--host")
    {
        Description = "The address to listen on. Default 127.0.0.1 (this computer only); 0.0.0.0 opens it to the network.",
        DefaultValueFactory = _ => "127.0.0.1",
    };

    public static Command Create()
    {
        var command = new Command("preview", "Serve the site with drafts and scheduled posts, rebuild on changes and reload open pages.");
        foreach (Option option in new Option[] { BuildCommand.Source, BuildCommand.BaseUrl, BuildCommand.Now, Port, Host })
            command.Options.Add(option);
        command.SetAction(Run);
        return command;
    }

    public static int Run(ParseResult parse)
    {
        if (!BuildCommand.TryCreateOptions(parse, out BuildOptions? options, out string? error))
        {
            Console.Error.WriteLine($"error: {error}");
            return BuildReport.UsageError;
        }

        int port = parse.GetValue(Port);
        if (port is < 0 or > 65535)
        {
            Console.Error.WriteLine($"error: --port {port} is not a port number");
            return BuildReport.UsageError;
        }

        if (!File.Exists(Path.Combine(options!.SourceRoot, SiteConfigLoader.FileName)))
        {
            Console.Error.WriteLine($"error: {options.SourceRoot} is not a site folder: it has no {SiteConfigLoader.FileName}");
            return BuildReport.UsageError;
        }

        using var stop = new CancellationTokenSource();
        using var signals = new StopSignals(stop);

        try
        {
            RunAsync(options, parse.GetValue(Host)!, port, stop.Token).GetAwaiter().GetResult();
            return BuildReport.Success;
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            // A port in use or a bad address: say so, no stack trace.
            Console.Error.WriteLine($"error: cannot start the preview: {e.Message}");
            return BuildReport.UsageError;
        }
    }

    private static async Task RunAsync(BuildOptions options, string host, int port, CancellationToken stop)
    {
        try
        {
            await using PreviewSession session = await PreviewSession.StartAsync(options, host, port, Console.Out, stop);
            Console.WriteLine($"preview: {session.Address} (drafts and scheduled posts included; Ctrl+C stops)");
            Console.WriteLine($"writing to {session.OutputRoot}; watching site.yml, {string.Join("/, ", SiteWatcher.WatchedFolders)}/");
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped by a signal, perhaps during the first build: the session has been disposed by now.
        }

        Console.WriteLine("preview stopped");
    }
}
