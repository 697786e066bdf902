using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Infrastructure;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;

namespace ResidentMedicalInsurance.Testing;

/// <summary>A service provider over one test database, with scopes acting as a given user.</summary>
public sealed class TestServices : IAsyncDisposable
{
    private TestServices(ServiceProvider provider) => Provider = provider;

    public ServiceProvider Provider { get; }

    internal static TestServices Build(DatabaseOptions options, Action<IServiceCollection>? configure, IReadOnlyDictionary<string, string?>? settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = options.Provider.ToString(),
                [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.ConnectionString)}"] = options.ConnectionString,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddInfrastructure(configuration);
        configure?.Invoke(services);
        return new TestServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false }));
    }

    /// <summary>A scope whose current user is <paramref name="principal"/> (see <see cref="TestPrincipals"/>).</summary>
    public AsyncServiceScope ScopeAs(ClaimsPrincipal principal) =>
        Provider.GetRequiredService<IServiceScopeFactory>().CreateScopeAs(principal);

    /// <summary>A scope acting as a user of <paramref name="tenantId"/> with <paramref name="role"/> and townships.</summary>
    public AsyncServiceScope ScopeAs(Guid tenantId, string role, params Guid[] townships) =>
        ScopeAs(TestPrincipals.User(tenantId, role, townships));

    /// <summary>A scope with nobody signed in.</summary>
    public AsyncServiceScope AnonymousScope() => ScopeAs(TestPrincipals.Anonymous);

    /// <summary>A scope acting as <paramref name="userName"/> with exactly the claims a real sign-in gives.</summary>
    public async Task<AsyncServiceScope> ScopeAsUserAsync(string userName) =>
        ScopeAs(await SignInPrincipalAsync(userName).ConfigureAwait(false));

    /// <summary>The principal a real sign-in builds for <paramref name="userName"/> (the portal's claims factory).</summary>
    public async Task<ClaimsPrincipal> SignInPrincipalAsync(string userName)
    {
        await using var scope = Provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No user {userName} in the test database.");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user).ConfigureAwait(false);
    }

    /// <summary>A reference tenant by code, read past the tenant filter (test setup only).</summary>
    public async Task<TestTenant> TenantAsync(string code)
    {
        await using var scope = Provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = await db.Tenants.IgnoreQueryFilters().SingleAsync(t => t.Code == code).ConfigureAwait(false);
        var townships = await db.Townships.IgnoreQueryFilters()
            .Where(t => t.TenantId == tenant.Id)
            .OrderBy(t => t.SortOrder)
            .Select(t => new TestTownship(t.Id, t.Name))
            .ToListAsync()
            .ConfigureAwait(false);
        return new TestTenant(tenant.Id, tenant.Code, tenant.Name, townships);
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}

public sealed record TestTownship(Guid Id, string Name);

public sealed record TestTenant(Guid Id, string Code, string Name, IReadOnlyList<TestTownship> Townships);
