using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Sitecast.Build;

namespace Sitecast.Tests.Support;

/// <summary>
/// The program itself in a child process (`dotnet sitecast.dll ARGS`), as a user runs it: its own console streams,
/// exit code and signals.
/// </summary>
public sealed class SitecastProcess : IDisposable
{
    public const int SIGINT = 2;
    public const int SIGTERM = 15;

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();

    private SitecastProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_errors, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public int ExitCode => _process.ExitCode;

    public string Output { get { lock (_output) return _output.ToString(); } }

    public string Errors { get { lock (_errors) return _errors.ToString(); } }

    /// <summary>Where Ctrl+C should reach the program as in a terminal, SIGINT must not be inherited as ignored.</summary>
    public static bool CanResetSigint => File.Exists("/usr/bin/env") && !OperatingSystem.IsWindows();

    /// <param name="defaultSigint">
    /// Start through `env --default-signal=INT`: a process started in the background (CI steps, `cmd &amp;`) inherits
    /// SIGINT as ignored, which the runtime respects; a terminal's Ctrl+C reaches a program that has it at default.
    /// </param>
    public static SitecastProcess Start(string workingDirectory, IEnumerable<string> arguments, bool defaultSigint = false)
    {
        var start = new ProcessStartInfo(defaultSigint ? "/usr/bin/env" : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (defaultSigint)
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add("dotnet");
        }

        start.ArgumentList.Add(typeof(SiteBuilder).Assembly.Location);
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        return new SitecastProcess(Process.Start(start)!);
    }

    /// <summary>Runs to the end (at most a minute) and returns the exit code and both streams.</summary>
    public static (int ExitCode, string Output, string Errors) Run(string workingDirectory, params string[] arguments)
    {
        using SitecastProcess process = Start(workingDirectory, arguments);
        if (!process.WaitForExit(TimeSpan.FromMinutes(1))) throw new TimeoutException($"sitecast {string.Join(' ', arguments)} did not end");
        return (process.ExitCode, process.Output, process.Errors);
    }

    /// <summary>Waits until a line of standard output starts with <paramref name="prefix"/> and returns it.</summary>
    public string WaitForLine(string prefix, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            string? line = Output.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            if (line is not null) return line;
            if (_process.HasExited) break;
            Thread.Sleep(50);
        }

        throw new TimeoutException($"no line '{prefix}…' within {timeout.TotalSeconds} s; output:\n{Output}\nerrors:\n{Errors}");
    }

    public void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0) throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>Waits for the end, then for the last lines of output (they arrive on another thread).</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) return false;
        _process.WaitForExit();
        return true;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null) return;
        lock (text) text.Append(line).Append('\n');
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
