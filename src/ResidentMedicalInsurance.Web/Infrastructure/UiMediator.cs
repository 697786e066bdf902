using MediatR;
using Microsoft.AspNetCore.Components.Authorization;
using ResidentMedicalInsurance.Infrastructure.Identity;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// What components call instead of IMediator: each call runs in its own DI scope (one DbContext
/// per operation; a circuit lives for hours), acting as the circuit's signed-in user.
/// </summary>
public sealed class UiMediator(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    public async Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = state.User;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }
}
