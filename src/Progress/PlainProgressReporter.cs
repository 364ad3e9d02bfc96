using System.Diagnostics;
using System.Globalization;

namespace Sitecast.Progress;

/// <summary>Plain lines for logs: one when a step starts and one when it ends, with its count and time.</summary>
public sealed class PlainProgressReporter(TextWriter output) : IProgressReporter
{
    private readonly Lock _lock = new();

    public IProgressStep Begin(string description, int total)
    {
        Write(total > 0 ? $"{description} ({total}) …" : $"{description} …");
        return new Step(this, description, total);
    }

    public void Message(string text) => Write(text);

    private void Write(string line)
    {
        lock (_lock) output.WriteLine(line);
    }

    private sealed class Step(PlainProgressReporter reporter, string description, int total) : IProgressStep
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private int _done;
        private int _disposed;

        public void Advance(int items = 1) => Interlocked.Add(ref _done, items);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
            string seconds = _watch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            string count = total > 0 ? $" {_done}/{total}" : "";
            reporter.Write($"{description}: done{count} in {seconds} s");
        }
    }
}
