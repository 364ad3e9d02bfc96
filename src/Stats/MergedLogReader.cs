namespace Sitecast.Stats;

/// <summary>
/// The logs as one stream in time order, whatever order the files were named in: a k-way merge that holds one
/// line per file, so rotated, compressed and overlapping logs are read in one pass in constant memory.
/// </summary>
public sealed class MergedLogReader(IReadOnlyList<(string Path, string Display)> files, LogProblems problems)
{
    private readonly OverlapFilter _overlaps = new(files.Count);

    public long LinesRead { get; private set; }

    public long Duplicates => _overlaps.Duplicates;

    public IEnumerable<LogRequest> Requests()
    {
        var cursors = new List<LogFileCursor>();
        var queue = new PriorityQueue<LogFileCursor, (long Ticks, int Index)>();
        try
        {
            for (int i = 0; i < files.Count; i++)
            {
                LogFileCursor cursor;
                try
                {
                    cursor = LogFileCursor.Open(i, files[i].Path, files[i].Display, problems);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(files[i].Display, 0, $"cannot be read: {e.Message}");
                    continue;
                }

                cursors.Add(cursor);
                if (cursor.MoveNext()) queue.Enqueue(cursor, (cursor.Current.UtcTicks, cursor.Index));
            }

            while (queue.TryDequeue(out LogFileCursor? cursor, out _))
            {
                LogRequest request = cursor.Current;
                if (cursor.MoveNext()) queue.Enqueue(cursor, (cursor.Current.UtcTicks, cursor.Index));
                if (_overlaps.IsNew(request, cursor.Index)) yield return request;
            }
        }
        finally
        {
            LinesRead = cursors.Sum(c => c.LinesRead);
            foreach (LogFileCursor cursor in cursors) cursor.Dispose();
        }
    }
}
