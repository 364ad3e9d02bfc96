using Spectre.Console;

namespace Sitecast.Progress;

/// <summary>A live progress display on an interactive terminal (Spectre.Console), one bar per step.</summary>
public sealed class SpectreProgressReporter(ProgressContext context) : IProgressReporter
{
    private readonly Lock _lock = new();

    public IProgressStep Begin(string description, int total)
    {
        lock (_lock)
        {
            ProgressTask task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(total, 1));
            task.IsIndeterminate = total <= 0;
            return new Step(task, _lock);
        }
    }

    public void Message(string text)
    {
        lock (_lock) AnsiConsole.MarkupLine(Markup.Escape(text));
    }

    private sealed class Step(ProgressTask task, Lock gate) : IProgressStep
    {
        public void Advance(int items = 1)
        {
            lock (gate) task.Increment(items);
        }

        public void Dispose()
        {
            lock (gate)
            {
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }
    }
}
