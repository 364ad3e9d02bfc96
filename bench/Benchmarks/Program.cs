using BenchmarkDotNet.Running;

namespace Sitecast.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. --filter '*' or --filter '*Markdown*'.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
