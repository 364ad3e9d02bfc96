using System.CommandLine;

namespace Sitecast.Cli;

/// <summary>`schedule`: the calendar of posts and episodes against the cadence.</summary>
public static class ScheduleCommand
{
    public static Command Create()
    {
        var command = new Command("schedule", "Show published and scheduled posts, gaps in the cadence, the next free slot and upcoming episodes.");
        command.Options.Add(BuildCommand.Source);
        command.Options.Add(BuildCommand.Now);
        command.SetAction(parse => NewCommand.WithOptions(parse, options =>
            AuthoringCommands.Schedule(options.SourceRoot, options.Now, Console.Out, Console.Error)));
        return command;
    }
}
