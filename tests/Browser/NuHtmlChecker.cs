using System.Diagnostics;
using System.Text.Json;

namespace Sitecast.Tests.Browser;

/// <summary>The Nu HTML Checker (vnu.jar from npm, on the machine's Java), run once over a list of HTML files.</summary>
public static class NuHtmlChecker
{
    /// <summary>Every error it reports, as "file:line:col: message".</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IEnumerable<string> htmlFiles)
    {
        var start = new ProcessStartInfo(BrowserTools.FindOnPath("java")!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "-jar", BrowserTools.VnuJar, "--errors-only", "--format", "json" }) start.ArgumentList.Add(arg);
        foreach (string file in htmlFiles) start.ArgumentList.Add(file);

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        // vnu writes its report to standard error.
        string report = (await stderr).Trim();
        if (report.Length == 0) report = (await stdout).Trim();
        if (!report.StartsWith('{'))
            throw new InvalidOperationException($"the Nu HTML Checker gave no JSON report (exit {process.ExitCode}): {report}");

        using JsonDocument json = JsonDocument.Parse(report);
        var errors = new List<string>();
        foreach (JsonElement message in json.RootElement.GetProperty("messages").EnumerateArray())
        {
            string type = message.GetProperty("type").GetString() ?? "";
            if (type is not ("error" or "non-document-error")) continue;
            string url = message.TryGetProperty("url", out JsonElement u) ? u.GetString() ?? "" : "";
            string line = message.TryGetProperty("lastLine", out JsonElement l) ? l.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
            string column = message.TryGetProperty("firstColumn", out JsonElement c) ? c.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
            errors.Add($"{url.Replace("file:", "", StringComparison.Ordinal)}:{line}:{column}: {message.GetProperty("message").GetString()}");
        }

        if (errors.Count == 0 && process.ExitCode != 0)
            errors.Add($"the Nu HTML Checker exited with {process.ExitCode} without naming an error");
        return errors;
    }
}
