using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using ResidentMedicalInsurance.Application.Security;

namespace ResidentMedicalInsurance.Infrastructure.Identity;

/// <summary>
/// The user of the current DI scope. A Blazor operation scope sets <see cref="Principal"/> from the
/// circuit's authentication state; an HTTP request falls back to HttpContext.User. The tenant and
/// townships are read only from the signed-in principal's claims.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor? httpContextAccessor = null) : ICurrentUser
{
    private ClaimsPrincipal? principal;

    public ClaimsPrincipal Principal
    {
        get => principal ?? httpContextAccessor?.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());
        set => principal = value;
    }

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public string? UserName => IsAuthenticated ? Principal.Identity?.Name : null;

    public Guid? TenantId =>
        IsAuthenticated && Guid.TryParse(Principal.FindFirstValue(AppClaimTypes.TenantId), out var id) ? id : null;

    public IReadOnlyCollection<Guid> TownshipIds =>
        IsAuthenticated
            ? Principal.FindAll(AppClaimTypes.TownshipId).Select(c => Guid.Parse(c.Value)).ToArray()
            : [];

    public bool IsInRole(string role) => IsAuthenticated && Principal.IsInRole(role);

    /// <summary>The principal a background job runs under: the county staff member who queued it, in their tenant.</summary>
    public static ClaimsPrincipal JobPrincipal(Guid tenantId, string userId, string userName) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, userId),
                new Claim(ClaimTypes.Name, userName),
                new Claim(ClaimTypes.Role, Roles.CountyStaff),
                new Claim(AppClaimTypes.TenantId, tenantId.ToString()),
            ],
            authenticationType: "job"));

    /// <summary>A principal for CLI and seeding work inside one tenant (role Admin, no townships).</summary>
    public static ClaimsPrincipal SystemPrincipal(Guid tenantId, string name = "system") =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, name),
                new Claim(ClaimTypes.Name, name),
                new Claim(ClaimTypes.Role, Roles.Admin),
                new Claim(AppClaimTypes.TenantId, tenantId.ToString()),
            ],
            authenticationType: "system"));
}
