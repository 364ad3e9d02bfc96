namespace Sitecast.Fuzz;

/// <summary>
/// One entry point of sitecast under fuzzing. <see cref="Run"/> feeds it one input and lets through only what the
/// entry point must never do on bad input: any exception other than its own "this file is bad" error.
/// </summary>
internal abstract class FuzzTarget
{
    public static readonly IReadOnlyList<FuzzTarget> All = [new AudioTarget(), new ChapterTarget(), new FrontMatterTarget(), new TranscriptTarget()];

    public static FuzzTarget? Named(string name) => All.FirstOrDefault(target => target.Name == name);

    public abstract string Name { get; }

    /// <summary>The starting corpus: real files from tests/fixtures, and small hand-written ones from fuzz/seeds.</summary>
    public abstract IEnumerable<(string Name, byte[] Bytes)> Seeds(string repository);

    /// <summary>Runs the entry point on one input; an exception that escapes is a finding.</summary>
    public abstract void Run(byte[] input);
}
