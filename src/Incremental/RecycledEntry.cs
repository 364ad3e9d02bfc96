using Sitecast.Output;

namespace Sitecast.Incremental;

/// <summary>What a recycled staging folder held at a path when the build began (see <see cref="RecycledStaging"/>).</summary>
public readonly record struct RecycledEntry(RecycledEntry.Kinds Kind, long Length, long WriteTicks)
{
    public enum Kinds
    {
        File,
        Folder,

        /// <summary>A symbolic link, to a file or a folder: never followed, never kept.</summary>
        Link,
    }
}
