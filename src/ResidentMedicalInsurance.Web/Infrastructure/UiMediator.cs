using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Web.Infrastructure.Security;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// What components call instead of IMediator: each call runs in its own DI scope (one DbContext
/// per operation; a circuit lives for hours), acting as the circuit's signed-in user. Each call
/// first re-checks the session (<see cref="IUserSessionValidator"/>): a user locked, signed out
/// elsewhere or with a changed password is sent to the sign-in page by their next action, and a user
/// still on a one-time password to 修改密码 (<see cref="MustChangePasswordGate"/>).
/// </summary>
public sealed class UiMediator(IServiceScopeFactory scopes, AuthenticationStateProvider authentication, NavigationManager navigation)
{
    public async Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        if (state.User.Identity?.IsAuthenticated == true
            && !await scope.ServiceProvider.GetRequiredService<IUserSessionValidator>().IsStillValidAsync(state.User))
        {
            navigation.NavigateTo(PortalAuthentication.SignInPath, forceLoad: true);
            throw new ForbiddenException("登录已失效，请重新登录。");
        }

        if (state.User.HasClaim(c => c.Type == AppClaimTypes.MustChangePassword))
        {
            navigation.NavigateTo(MustChangePasswordGate.Path, forceLoad: true);
            throw new ForbiddenException("请先修改一次性密码。");
        }

        scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = state.User;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }
}
