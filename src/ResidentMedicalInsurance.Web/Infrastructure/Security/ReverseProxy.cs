using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ResidentMedicalInsurance.Web.Infrastructure.Security;

/// <summary>
/// Behind nginx: X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies named in
/// <c>ReverseProxy:KnownProxies</c> (addresses) and <c>ReverseProxy:KnownNetworks</c> (CIDR), plus
/// loopback. Then the client address (sign-in rate limits, logs) is the real one and a request that
/// reached nginx over HTTPS counts as HTTPS here (Secure cookies).
/// </summary>
internal static class ReverseProxy
{
    public const string Section = "ReverseProxy";

    public static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{Section}:KnownProxies: '{proxy}' is not an IP address (e.g. 10.0.0.5)."));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range)
                    ? range
                    : throw new InvalidOperationException($"{Section}:KnownNetworks: '{network}' is not a CIDR range (e.g. 10.0.0.0/24)."));
            }
        });
    }
}
