using System.IO.Compression;
using System.Text;

namespace Sitecast.Stats;

/// <summary>
/// Reads one log file (plain, or gzip by its magic bytes) line by line and stands on the next readable request.
/// Lines it cannot read are counted as problems and skipped; a file that breaks off (a truncated .gz) ends there.
/// </summary>
public sealed class LogFileCursor : IDisposable
{
    private readonly StreamReader _reader;
    private readonly LogProblems _problems;

    private LogFileCursor(int index, string display, StreamReader reader, LogProblems problems)
    {
        Index = index;
        Display = display;
        _reader = reader;
        _problems = problems;
    }

    /// <summary>The file's place among the inputs, for the overlap filter.</summary>
    public int Index { get; }

    public string Display { get; }

    public LogRequest Current { get; private set; }

    public long LineNumber { get; private set; }

    public long LinesRead { get; private set; }

    public static LogFileCursor Open(int index, string path, string display, LogProblems problems)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        Stream stream = file;
        Span<byte> magic = stackalloc byte[2];
        int read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = 0;
        if (read == 2 && magic[0] == 0x1f && magic[1] == 0x8b) stream = new GZipStream(file, CompressionMode.Decompress);
        var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: false, 1 << 16);
        return new LogFileCursor(index, display, reader, problems);
    }

    /// <summary>Moves to the next request that can be read; false at the end of the file.</summary>
    public bool MoveNext()
    {
        while (true)
        {
            string? line;
            try
            {
                line = _reader.ReadLine();
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                _problems.Add(Display, 0, $"the file breaks off after line {LineNumber} ({e.Message}); the rest of it is not read");
                return false;
            }

            if (line is null) return false;
            LineNumber++;
            LinesRead++;
            if (line.Length == 0) continue;
            if (LogFormat.TryParse(line, out LogRequest request, out string problem))
            {
                Current = request;
                return true;
            }

            _problems.Add(Display, LineNumber, $"not a combined or JSON access log line: {problem}");
        }
    }

    public void Dispose() => _reader.Dispose();
}
