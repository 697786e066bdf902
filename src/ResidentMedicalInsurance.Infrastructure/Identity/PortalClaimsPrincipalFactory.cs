using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Identity;

/// <summary>
/// Adds the tenant, its name, the display name and one township claim per bound township to the
/// sign-in principal (besides Identity's id, name, security stamp and role claims). Nobody is signed in
/// yet, so the tenant is read past the query filter, by the user's own TenantId only.
/// </summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        var tenantName = await db.Tenants.IgnoreQueryFilters()
            .Where(t => t.Id == user.TenantId)
            .Select(t => t.Name)
            .SingleAsync()
            .ConfigureAwait(false);
        var townships = await db.UserTownships
            .Where(t => t.UserId == user.Id)
            .Select(t => t.TownshipId)
            .ToListAsync()
            .ConfigureAwait(false);

        identity.AddClaim(new Claim(AppClaimTypes.TenantId, user.TenantId.ToString()));
        identity.AddClaim(new Claim(AppClaimTypes.TenantName, tenantName));
        identity.AddClaim(new Claim(AppClaimTypes.DisplayName, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AppClaimTypes.MustChangePassword, "true"));
        }

        foreach (var township in townships.Order())
        {
            identity.AddClaim(new Claim(AppClaimTypes.TownshipId, township.ToString()));
        }

        return identity;
    }
}
