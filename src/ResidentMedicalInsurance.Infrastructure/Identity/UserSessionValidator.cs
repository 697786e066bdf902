using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ResidentMedicalInsurance.Infrastructure.Identity;

/// <summary>
/// Whether a signed-in principal may go on working: the user still exists, is not locked out, and
/// not disabled, and the security stamp has not changed since sign-in (password reset, role or township change).
/// The cookie asks this on every HTTP request, and the portal's UI before every request it sends
/// over a circuit, which outlives the cookie check of its first HTTP request.
/// </summary>
public interface IUserSessionValidator
{
    Task<bool> IsStillValidAsync(ClaimsPrincipal principal);
}

/// <inheritdoc cref="IUserSessionValidator"/>
public sealed class UserSessionValidator(UserManager<AppUser> users, IOptions<IdentityOptions> options) : IUserSessionValidator
{
    public async Task<bool> IsStillValidAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal).ConfigureAwait(false);
        if (user is null || user.Disabled || await users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var signedInStamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return signedInStamp == await users.GetSecurityStampAsync(user).ConfigureAwait(false);
    }
}
