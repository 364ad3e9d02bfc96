namespace Sitecast.Engine;

/// <summary>The pipelines' declared dependencies cannot be satisfied: an unknown name or a cycle.</summary>
public sealed class PipelineGraphException(string message) : Exception(message);
