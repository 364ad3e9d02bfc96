namespace Sitecast.Engine;

/// <summary>A pipeline phase failed (and was reported); phases that wait for it are skipped.</summary>
public sealed class PipelineFailedException(string pipeline, Exception inner)
    : Exception($"Pipeline {pipeline} failed.", inner);
