namespace Sitecast.Preview;

public enum RequestTargetKind
{
    File,
    Redirect,
    NotFound,
    Refused,
}
