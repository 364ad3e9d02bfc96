using System.Diagnostics;
using System.Runtime.InteropServices;
using SharpFuzz;
using Sitecast.Fuzz;

// Sitecast.Fuzz TARGET --seeds DIR        writes the target's seed corpus into DIR (from tests/fixtures and fuzz/seeds)
// Sitecast.Fuzz TARGET --afl [WARM-DIR]   runs under afl-fuzz, one input per run on standard input
// Sitecast.Fuzz TARGET --replay FILE...   runs each file once, outside afl: reproduces a finding
if (args.Length < 2 || FuzzTarget.Named(args[0]) is not { } target)
{
    Console.Error.WriteLine($"usage: Sitecast.Fuzz {string.Join('|', FuzzTarget.All.Select(t => t.Name))} --seeds DIR | --afl [WARM-DIR] | --replay FILE...");
    return 2;
}

// Instrumented code records each branch in this map; until afl-fuzz hands over its own (and in --replay runs of an
// instrumented copy) it writes here instead of through a null pointer.
unsafe
{
    SharpFuzz.Common.Trace.SharedMem = (byte*)NativeMemory.AllocZeroed(1 << 16);
}

switch (args[1])
{
    case "--seeds":
        Directory.CreateDirectory(args[2]);
        foreach ((string name, byte[] bytes) in target.Seeds(Repository.Root())) File.WriteAllBytes(Path.Combine(args[2], name), bytes);
        return 0;

    case "--afl":
        // Run every seed once before the fork server starts: the JIT compiles the parsers and static data is built,
        // so the first input afl-fuzz times is not charged a second of start-up (which -t 1000 would call a hang).
        if (args.Length > 2)
        {
            foreach (string seed in Directory.EnumerateFiles(args[2])) TryRun(target, File.ReadAllBytes(seed));
        }

        // FUZZ_EXCEPTIONS names a file that gets each escaping exception: a crash that --replay cannot reproduce
        // (it depended on what earlier inputs left behind in this long-lived process) is still explained there.
        string? exceptions = Environment.GetEnvironmentVariable("FUZZ_EXCEPTIONS");
        Fuzzer.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            byte[] input = memory.ToArray();
            try
            {
                target.Run(input);
            }
            catch (Exception e) when (exceptions is not null)
            {
                File.AppendAllText(exceptions, $"== {input.Length} bytes, SHA-256 {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(input))}\n{e}\n");
                throw;
            }
        });
        return 0;

    case "--replay":
        int failed = 0;
        foreach (string file in args[2..])
        {
            var clock = Stopwatch.StartNew();
            string? problem = TryRun(target, File.ReadAllBytes(file));
            long ms = clock.ElapsedMilliseconds;
            if (problem is null && ms > 1000) problem = $"took {ms} ms (a hang: over 1 s)";
            Console.WriteLine(problem is null ? $"ok      {file} ({ms} ms)" : $"FINDING {file}: {problem}");
            if (problem is not null) failed++;
        }

        return failed == 0 ? 0 : 1;

    default:
        Console.Error.WriteLine($"unknown mode {args[1]}");
        return 2;
}

static string? TryRun(FuzzTarget target, byte[] input)
{
    try
    {
        target.Run(input);
        return null;
    }
    catch (Exception e)
    {
        return e.ToString();
    }
}
