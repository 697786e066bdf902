using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// A circuit lives for hours: every few minutes it re-checks that its user still exists, is not
/// locked out and has the same security stamp (<see cref="UserSessionValidator"/>); if not, the
/// circuit's user becomes anonymous and the pages send them to the sign-in.
/// </summary>
internal sealed class RevalidatingAuthenticationState(ILoggerFactory loggerFactory, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(5);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IUserSessionValidator>().IsStillValidAsync(authenticationState.User);
    }
}
