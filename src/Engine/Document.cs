using System.Collections.Immutable;

namespace Sitecast.Engine;

/// <summary>
/// The unit that flows through pipelines. Immutable: a module that changes a document returns a copy
/// (<c>with</c>), so a document another pipeline has read can never change under it.
/// </summary>
public sealed record Document
{
    /// <summary>Site-relative source path with forward slashes; empty for a generated document.</summary>
    public string Source { get; init; } = "";

    /// <summary>Output-relative path with forward slashes, or null when the document is not written.</summary>
    public string? Destination { get; init; }

    /// <summary>The typed model this document carries (a post, a page, an episode …), if any.</summary>
    public object? Model { get; init; }

    /// <summary>Loose values for templates and later modules.</summary>
    public ImmutableDictionary<string, object?> Metadata { get; init; } =
        ImmutableDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal);

    public DocumentContent Content { get; init; } = DocumentContent.Empty;

    /// <summary>A short name for messages: the source path, else the destination.</summary>
    public string DisplayName => Source.Length > 0 ? Source : Destination ?? "(generated)";

    public T? Get<T>(string key) =>
        Metadata.TryGetValue(key, out object? value) && value is T typed ? typed : default;

    public Document With(string key, object? value) => this with { Metadata = Metadata.SetItem(key, value) };

    public Document WithText(string text) => this with { Content = DocumentContent.FromText(text) };

    public T ModelAs<T>() where T : class =>
        Model as T ?? throw new InvalidOperationException($"{DisplayName} carries no {typeof(T).Name}.");
}
