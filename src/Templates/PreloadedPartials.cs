using System.Collections.Frozen;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Sitecast.Templates;

/// <summary>
/// The theme's partials, read once when the theme is loaded and handed to Fluid from memory. Fluid looks a
/// partial up on every include; from disk that is several file-system calls per include, thousands of times
/// in a large build, for files that cannot change during it.
/// </summary>
public sealed class PreloadedPartials : IFileProvider
{
    // Fixed, so Fluid's template cache keeps each parsed partial for the whole build.
    private static readonly DateTimeOffset LoadedAt = DateTimeOffset.UnixEpoch;

    private readonly FrozenDictionary<string, byte[]> _files;

    /// <param name="files">Partial-relative paths (forward slashes) and their contents.</param>
    public PreloadedPartials(IEnumerable<(string Relative, byte[] Content)> files)
    {
        _files = files.ToFrozenDictionary(f => f.Relative, f => f.Content, StringComparer.Ordinal);
    }

    /// <summary>Every file under partials/ of the theme's layers, the site's own winning.</summary>
    public static PreloadedPartials From(ThemeFolders theme) =>
        new(theme.FilesUnder("partials").Select(f => (f.Relative, File.ReadAllBytes(f.Path))));

    public IFileInfo GetFileInfo(string subpath)
    {
        string key = subpath.Replace('\\', '/').TrimStart('/');
        return _files.TryGetValue(key, out byte[]? content)
            ? new PartialFile(Path.GetFileName(key), content)
            : new NotFoundFileInfo(key);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class PartialFile(string name, byte[] content) : IFileInfo
    {
        public bool Exists => true;
        public long Length => content.Length;
        public string? PhysicalPath => null;
        public string Name => name;
        public DateTimeOffset LastModified => LoadedAt;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(content, writable: false);
    }
}
