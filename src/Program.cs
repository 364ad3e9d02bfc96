using System.CommandLine;
using Sitecast.Build;
using Sitecast.Cli;

namespace Sitecast;

/// <summary>The composition root: the command line, nothing else.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("sitecast: a static site generator for a blog and a podcast.");
        BuildCommand.AddOptionsTo(root);
        root.SetAction(BuildCommand.Run);
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(PreviewCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(ScheduleCommand.Create());
        root.Subcommands.Add(NotifyCommand.Create());
        root.Subcommands.Add(ImportGuidsCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("Run with --help to see the commands and options.");
            return BuildReport.UsageError;
        }

        return parse.Invoke();
    }
}
