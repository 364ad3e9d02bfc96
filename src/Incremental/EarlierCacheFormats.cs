namespace Sitecast.Incremental;

/// <summary>
/// What earlier versions kept in the cache folder and this one no longer reads: audio facts, audio hashes and cover
/// sizes as one JSON file each (now audio-facts.bin, audio-integrity.bin, cover-sizes.bin), output manifests as TSV
/// and build stamps as JSON (now .bin under the same folders). They are deleted after a build that used the cache,
/// so a site that updates sitecast does not carry them for ever. Nothing else in the folder is touched.
/// </summary>
public static class EarlierCacheFormats
{
    private static readonly string[] Folders = ["audio", "integrity", "cover-size"];

    private static readonly (string Kind, string Extension)[] Files = [("outputs", ".tsv"), ("builds", ".json")];

    public static void Remove(BuildCache cache)
    {
        foreach (string folder in Folders)
        {
            string path = Path.Combine(cache.Root, folder);
            if (Directory.Exists(path)) Try(() => Directory.Delete(path, recursive: true));
        }

        foreach ((string kind, string extension) in Files)
        {
            string path = Path.Combine(cache.Root, kind);
            if (!Directory.Exists(path)) continue;
            var leftovers = Directory.EnumerateFiles(path, "*" + extension, SearchOption.AllDirectories)
                .Where(file => file.EndsWith(extension, StringComparison.Ordinal)).ToList();
            foreach (string file in leftovers) Try(() => File.Delete(file));
        }
    }

    // A leftover that cannot be deleted costs only disk space, never the build.
    private static void Try(Action delete)
    {
        try
        {
            delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
