using Sitecast.Engine;

namespace Sitecast.Modules;

/// <summary>Sets each document's output path from its source path.</summary>
public sealed class SetDestination(Func<Document, string> destination) : PerDocumentModule
{
    protected override Document? Execute(Document document, PipelineContext context) =>
        document with { Destination = destination(document) };
}
