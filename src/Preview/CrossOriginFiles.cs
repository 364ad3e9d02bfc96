namespace Sitecast.Preview;

/// <summary>
/// Files web players fetch from pages on other origins: JSON chapters and transcripts. They are served with
/// "Access-Control-Allow-Origin: *", as the README's nginx and Apache examples serve them.
/// </summary>
public static class CrossOriginFiles
{
    public static bool Includes(string path)
    {
        string name = Path.GetFileName(path);
        return name.EndsWith("chapters.json", StringComparison.OrdinalIgnoreCase)
               || Path.GetExtension(name).ToLowerInvariant() is ".vtt" or ".srt";
    }
}
