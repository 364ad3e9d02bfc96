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
    private readonly CountingStream? _unpacked;
    private readonly uint _recordedSize;

    private LogFileCursor(int index, string display, StreamReader reader, LogProblems problems, CountingStream? unpacked, uint recordedSize)
    {
        Index = index;
        Display = display;
        _reader = reader;
        _problems = problems;
        _unpacked = unpacked;
        _recordedSize = recordedSize;
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
        CountingStream? unpacked = null;
        uint recordedSize = 0;
        Span<byte> magic = stackalloc byte[4];
        int read = file.ReadAtLeast(magic[..2], 2, throwOnEndOfStream: false);
        if (read == 2 && magic[0] == 0x1f && magic[1] == 0x8b && file.Length >= 18)
        {
            // .NET ends a cut-off deflate stream quietly, as if it were complete. The gzip trailer records the
            // unpacked size (modulo 2^32): a file that unpacks to another size broke off (or was damaged).
            file.Seek(-4, SeekOrigin.End);
            file.ReadExactly(magic);
            recordedSize = BitConverter.ToUInt32(magic);
            stream = unpacked = new CountingStream(new GZipStream(file, CompressionMode.Decompress));
        }

        file.Position = 0;
        var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: false, 1 << 16);
        return new LogFileCursor(index, display, reader, problems, unpacked, recordedSize);
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

            if (line is null)
            {
                if (_unpacked is not null && (uint)_unpacked.Count != _recordedSize)
                    _problems.Add(Display, 0, $"the compressed file breaks off after line {LineNumber} (it unpacks to fewer bytes than its gzip trailer records); what came before is counted");
                return false;
            }

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
