namespace ResidentMedicalInsurance.Web.Infrastructure.Security;

/// <summary>
/// Where a <c>ReturnUrl</c> or <c>redirectUri</c> may send the browser: a path on this portal, in
/// printable ASCII (a browser's own links are percent-encoded). Anything else (another host,
/// <c>//x</c>, <c>/\x</c>, control or non-ASCII characters) goes to the home page.
/// </summary>
public static class LocalUrl
{
    public static string OrHome(string? url)
    {
        if (url is not { Length: > 0 and <= 2048 } || url[0] != '/')
        {
            return "/";
        }

        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        {
            return "/";
        }

        foreach (var c in url)
        {
            if (c is < '!' or > '~' or '\\')
            {
                return "/";
            }
        }

        return url;
    }
}
