namespace Sitecast.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
