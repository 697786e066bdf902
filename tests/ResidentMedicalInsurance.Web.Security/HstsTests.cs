namespace ResidentMedicalInsurance.Web.Security;

/// <summary>HSTS: sent in Production on a request that came over HTTPS through the proxy, never in Development.</summary>
public sealed class HstsTests
{
    // HSTS is never sent for localhost names; the proxy forwards the public host name.
    private const string PublicHost = "rmi.example.local";

    [Collection(ProductionCollection.Name)]
    public sealed class InProduction(ProductionPortal portal)
    {
        [Fact]
        public async Task A_forwarded_https_request_gets_strict_transport_security()
        {
            using var response = await ForwardedHttpsAsync(portal);
            Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts), "no HSTS in Production");
            Assert.Contains("max-age=", string.Join(",", hsts!), StringComparison.Ordinal);
        }
    }

    [Collection(SecurityCollection.Name)]
    public sealed class InDevelopment(SecurityPortal portal)
    {
        [Fact]
        public async Task No_strict_transport_security_outside_production()
        {
            using var response = await ForwardedHttpsAsync(portal);
            Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        }
    }

    private static async Task<HttpResponseMessage> ForwardedHttpsAsync(PortalServer portal)
    {
        using var client = new PortalClient(portal.BaseUrl);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("account/login", UriKind.Relative));
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-Proto", "https");
        return await client.SendAsync(request);
    }
}
