using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using ResidentMedicalInsurance.Infrastructure.Identity;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// Makes a circuit's own scope act as the circuit's user (the framework's circuit-handler pattern for
/// user services): its <see cref="CurrentUser"/> follows the authentication state from the moment the
/// circuit opens, so what a component injects there (the business clock of the user's county for form
/// defaults) knows the user. <see cref="UiMediator"/> does the same for each request's scope.
/// </summary>
public sealed class CircuitUser(AuthenticationStateProvider authentication, CurrentUser user) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += Changed;
        user.Principal = (await authentication.GetAuthenticationStateAsync()).User;
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= Changed;

    private void Changed(Task<AuthenticationState> state) => _ = FollowAsync(state);

    private async Task FollowAsync(Task<AuthenticationState> state) => user.Principal = (await state).User;
}
