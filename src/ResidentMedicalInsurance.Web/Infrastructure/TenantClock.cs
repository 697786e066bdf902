using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Security;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// The business clock of the scope's user: the configured date of their county (ADR 0041). Handlers'
/// scopes know the user through <see cref="ICurrentUser"/>; a circuit's own scope (components that
/// inject <see cref="IClock"/> for form defaults) through the circuit's authentication state.
/// </summary>
public sealed class TenantClock(TenantClocks clocks, ICurrentUser user, IServiceProvider services) : IClock
{
    public DateTimeOffset Now => Clock.Now;

    public DateOnly Today => Clock.Today;

    private IClock Clock => clocks.For(user.TenantId ?? CircuitTenant());

    public static void Add(IServiceCollection services, IReadOnlyDictionary<string, DateTimeOffset> startsByCode)
    {
        services.AddSingleton(sp => new TenantClocks(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(), startsByCode));
        services.AddScoped<IClock, TenantClock>();
    }

    /// <summary>The tenant of a circuit's signed-in user; null outside a circuit or before sign-in.</summary>
    private Guid? CircuitTenant()
    {
        if (services.GetService<AuthenticationStateProvider>() is not { } authentication)
        {
            return null;
        }

        Task<AuthenticationState> state;
        try
        {
            state = authentication.GetAuthenticationStateAsync();
        }
        catch (InvalidOperationException)
        {
            // A scope that is not a circuit: the provider was never given a state.
            return null;
        }

        return state.IsCompletedSuccessfully
            && Guid.TryParse(state.Result.User.FindFirstValue(AppClaimTypes.TenantId), out var id) ? id : null;
    }
}
