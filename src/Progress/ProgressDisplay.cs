using Spectre.Console;

namespace Sitecast.Progress;

/// <summary>Chooses how progress is shown: a live display on a terminal, plain lines in CI or when output is redirected.</summary>
public static class ProgressDisplay
{
    /// <summary>True when a live display makes sense: an interactive terminal and no CI variable.</summary>
    public static bool IsInteractive =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) &&
        AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs work with the right reporter; the live display ends before the work's result is printed.</summary>
    public static async Task<T> RunAsync<T>(Func<IProgressReporter, Task<T>> work)
    {
        if (!IsInteractive) return await work(new PlainProgressReporter(Console.Out));

        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context => result = await work(new SpectreProgressReporter(context)));
        return result;
    }
}
