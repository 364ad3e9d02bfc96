namespace Sitecast.Stats;

/// <summary>
/// The "combined" access log of nginx and Apache:
/// <c>client - user [10/Oct/2026:13:55:36 +0200] "GET /path HTTP/1.1" 206 1024 "referer" "user agent"</c>.
/// The common format (no referer, no User-Agent) is read too; fields after the User-Agent are ignored.
/// </summary>
public static class CombinedLogFormat
{
    public static bool TryParse(string line, out LogRequest request, out string problem)
    {
        request = default;
        problem = "";
        ReadOnlySpan<char> text = line;

        int clientEnd = text.IndexOf(' ');
        if (clientEnd <= 0)
            return Fail("no client address at the start", out problem);
        int open = text.IndexOf(" [", StringComparison.Ordinal);
        int close = open < 0 ? -1 : text[open..].IndexOf(']');
        if (open < 0 || close < 0)
            return Fail("no [time] field", out problem);
        close += open;
        if (!LogTime.TryParseCommon(text[(open + 2)..close], out long ticks))
            return Fail("the [time] field is not a time like [10/Oct/2026:13:55:36 +0200]", out problem);

        int position = close + 1;
        if (!Expect(text, ref position, " \"") || !TryQuoted(text, ref position, out Range requestLine))
            return Fail("no quoted \"request\" after the time", out problem);
        if (!Expect(text, ref position, " ") || !TryNumber(text, ref position, out long status) || status is < 100 or > 999)
            return Fail("no status code after the request", out problem);
        if (!Expect(text, ref position, " "))
            return Fail("no byte count after the status", out problem);
        long bytes = 0;
        if (position < text.Length && text[position] == '-') position++;
        else if (!TryNumber(text, ref position, out bytes))
            return Fail("the byte count is not a number", out problem);

        Range userAgent = new(position, position);
        if (Expect(text, ref position, " \""))
        {
            if (!TryQuoted(text, ref position, out _))
                return Fail("the referer's quotes are not closed", out problem);
            if (Expect(text, ref position, " \"") && !TryQuoted(text, ref position, out userAgent))
                return Fail("the User-Agent's quotes are not closed", out problem);
        }

        // "GET /path HTTP/1.1": a request line the server could not read ("-", binary noise) has no method or target.
        var (start, end) = (requestLine.Start.Value, requestLine.End.Value);
        ReadOnlySpan<char> parts = text[start..end];
        int firstSpace = parts.IndexOf(' ');
        int lastSpace = parts.LastIndexOf(' ');
        Range method = new(start, start);
        Range target = new(start, start);
        if (firstSpace > 0)
        {
            method = new Range(start, start + firstSpace);
            target = new Range(start + firstSpace + 1, lastSpace > firstSpace ? start + lastSpace : end);
        }

        request = new LogRequest(line, ticks, new Range(0, clientEnd), method, target, (int)status, bytes, userAgent);
        return true;
    }

    private static bool Fail(string reason, out string problem)
    {
        problem = reason;
        return false;
    }

    private static bool Expect(ReadOnlySpan<char> text, ref int position, string what)
    {
        if (!text[position..].StartsWith(what, StringComparison.Ordinal)) return false;
        position += what.Length;
        return true;
    }

    /// <summary>Up to the closing quote; Apache escapes a quote inside as \", nginx as \x22.</summary>
    private static bool TryQuoted(ReadOnlySpan<char> text, ref int position, out Range content)
    {
        int start = position;
        for (int i = position; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] != '"') continue;
            content = new Range(start, i);
            position = i + 1;
            return true;
        }

        content = default;
        return false;
    }

    private static bool TryNumber(ReadOnlySpan<char> text, ref int position, out long value)
    {
        value = 0;
        int start = position;
        while (position < text.Length && text[position] is >= '0' and <= '9' && position - start < 18)
            value = value * 10 + (text[position++] - '0');
        return position > start;
    }
}
