using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Infrastructure.Identity;

namespace ResidentMedicalInsurance.Infrastructure.Tenancy;

/// <summary>DI scopes that act as a given principal (CLI, seeding, background work, tests).</summary>
public static class TenantScopes
{
    /// <summary>A new scope whose <see cref="CurrentUser"/> is <paramref name="principal"/>.</summary>
    public static AsyncServiceScope CreateScopeAs(this IServiceScopeFactory scopes, ClaimsPrincipal principal)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = principal;
        return scope;
    }

    /// <summary>A new scope acting as the system user of one tenant (role Admin, no townships).</summary>
    public static AsyncServiceScope CreateSystemScope(this IServiceScopeFactory scopes, Guid tenantId) =>
        scopes.CreateScopeAs(CurrentUser.SystemPrincipal(tenantId));
}
