namespace Sitecast.Fuzz;

/// <summary>
/// The audio readers take a path: each input is written to one file of this process (in /dev/shm when there is one,
/// so a run costs no disk I/O), named with the extension that picks the parser. The folder goes when the process ends.
/// </summary>
internal sealed class ScratchFile(string target)
{
    private string? _folder;

    public string Write(byte[] bytes, string extension)
    {
        if (_folder is null)
        {
            string root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
            string folder = Path.Combine(root, $"sitecast-fuzz-{target}-{Environment.ProcessId}");
            Directory.CreateDirectory(folder);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
            _folder = folder;
        }

        string path = Path.Combine(_folder, "input" + extension);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
