using System.Collections.Concurrent;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Sitecast.Content;

/// <summary>
/// Keeps the property descriptors YamlDotNet finds for a type, and what each says about its attributes. For every
/// value it reads, YamlDotNet looks the property up and asks it for its converter attribute, by reflection: two
/// fifths of the time front matter took to deserialise. The types read are plain classes whose properties and
/// attributes never change while the program runs.
/// </summary>
internal sealed class CachedPropertyDescriptors(ITypeInspector inner) : ITypeInspector
{
    private readonly ConcurrentDictionary<Type, IPropertyDescriptor[]> _all = new();
    private readonly ConcurrentDictionary<(Type, string, bool, bool), IPropertyDescriptor?> _byName = new();

    public IEnumerable<IPropertyDescriptor> GetProperties(Type type, object? container) =>
        container is not null
            ? inner.GetProperties(type, container)
            : _all.GetOrAdd(type, t => [.. inner.GetProperties(t, null).Select(p => (IPropertyDescriptor)new Descriptor(p))]);

    public IPropertyDescriptor GetProperty(Type type, object? container, string name, bool ignoreUnmatched,
        bool caseInsensitivePropertyMatching)
    {
        if (container is not null) return inner.GetProperty(type, container, name, ignoreUnmatched, caseInsensitivePropertyMatching);
        var key = (type, name, ignoreUnmatched, caseInsensitivePropertyMatching);
        if (_byName.TryGetValue(key, out IPropertyDescriptor? known)) return known!;
        // An unknown key throws here (when not ignored), and nothing is kept for it.
        IPropertyDescriptor? found = inner.GetProperty(type, null, name, ignoreUnmatched, caseInsensitivePropertyMatching);
        return _byName.GetOrAdd(key, found is null ? null : new Descriptor(found))!;
    }

    public string GetEnumName(Type enumType, string name) => inner.GetEnumName(enumType, name);

    public string GetEnumValue(object enumValue) => inner.GetEnumValue(enumValue);

    public bool HasParseMethod(Type type) => inner.HasParseMethod(type);

    public object? Parse(string value, Type type) => inner.Parse(value, type);

    /// <summary>A property as the inner inspector describes it, with its attributes looked up once.</summary>
    private sealed class Descriptor(IPropertyDescriptor inner) : IPropertyDescriptor
    {
        private readonly Lazy<Type?> _converterType = new(() => inner.ConverterType);
        private readonly ConcurrentDictionary<Type, Attribute?> _attributes = new();

        public string Name => inner.Name;

        public bool AllowNulls => inner.AllowNulls;

        public bool CanWrite => inner.CanWrite;

        public Type Type => inner.Type;

        public Type? TypeOverride
        {
            get => inner.TypeOverride;
            set => inner.TypeOverride = value;
        }

        public int Order
        {
            get => inner.Order;
            set => inner.Order = value;
        }

        public ScalarStyle ScalarStyle
        {
            get => inner.ScalarStyle;
            set => inner.ScalarStyle = value;
        }

        public bool Required => inner.Required;

        public Type? ConverterType => _converterType.Value;

        public T? GetCustomAttribute<T>() where T : Attribute =>
            (T?)_attributes.GetOrAdd(typeof(T), _ => inner.GetCustomAttribute<T>());

        public IObjectDescriptor Read(object target) => inner.Read(target);

        public void Write(object target, object? value) => inner.Write(target, value);
    }
}
