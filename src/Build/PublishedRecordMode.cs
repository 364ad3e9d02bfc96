namespace Sitecast.Build;

/// <summary>What a build does with podcast/published.yml, the committed record of published episodes.</summary>
public enum PublishedRecordMode
{
    /// <summary>`build`: adds new episodes to it once the output is in place.</summary>
    Update,

    /// <summary>`check`: an error when it is not what `build` would write, so CI catches a forgotten commit.</summary>
    Verify,

    /// <summary>`preview`: read, never written (a preview publishes nothing).</summary>
    Keep,
}
