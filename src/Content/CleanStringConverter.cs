using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Sitecast.Content;

/// <summary>
/// Reads YAML text values without the characters no page or feed can carry: YAML lets an author write
/// "\u0005" or "\uFFFF" as an escape, but HTML and XML 1.0 forbid them, so they are dropped here, once, before
/// they reach templates and feeds. Null scalars (~, null, nothing) stay null as with YamlDotNet's own reading.
/// </summary>
internal sealed class CleanStringConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(string);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        Scalar scalar = parser.Consume<Scalar>();
        if (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL") return null;
        return XmlSafeText.Clean(scalar.Value);
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        emitter.Emit(new Scalar((string?)value ?? ""));
}
