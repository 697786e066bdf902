using System.Security.Claims;
using ResidentMedicalInsurance.Application.Security;

namespace ResidentMedicalInsurance.Testing;

/// <summary>Signed-in principals shaped like the portal's sign-in cookie (see PortalClaimsPrincipalFactory).</summary>
public static class TestPrincipals
{
    public static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());

    public static ClaimsPrincipal User(
        Guid tenantId,
        string role,
        IEnumerable<Guid>? townships = null,
        string userName = "test-user",
        string? userId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, userId ?? $"id-{userName}"),
            new(ClaimTypes.Name, userName),
            new(ClaimTypes.Role, role),
            new(AppClaimTypes.TenantId, tenantId.ToString()),
            new(AppClaimTypes.DisplayName, userName),
        };
        claims.AddRange((townships ?? []).Select(t => new Claim(AppClaimTypes.TownshipId, t.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "test"));
    }
}
