using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Web.Infrastructure;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>A circuit's own scope acts as the circuit's user (what its IClock reads), also after a change.</summary>
public sealed class CircuitUserTests
{
    [Fact]
    public async Task The_circuit_scope_user_is_the_circuit_user_and_follows_its_changes()
    {
        var tenant = Guid.CreateVersion7();
        var authentication = new Authentication(CurrentUser.SystemPrincipal(tenant, "clerk-lyg"));
        var user = new CurrentUser();
        using var handler = new CircuitUser(authentication, user);

        await handler.OnCircuitOpenedAsync(null!, CancellationToken.None);
        Assert.Equal(tenant, user.TenantId);

        authentication.Become(new ClaimsPrincipal(new ClaimsIdentity()));
        Assert.Null(user.TenantId);
    }

    private sealed class Authentication(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        private AuthenticationState state = new(principal);

        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(state);

        public void Become(ClaimsPrincipal next)
        {
            state = new AuthenticationState(next);
            NotifyAuthenticationStateChanged(Task.FromResult(state));
        }
    }
}
