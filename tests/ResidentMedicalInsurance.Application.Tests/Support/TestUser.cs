using ResidentMedicalInsurance.Application.Abstractions;

namespace ResidentMedicalInsurance.Application.Tests.Support;

/// <summary>A signed-in user for one test operation.</summary>
public sealed record TestUser(string Name, Guid? TenantId, string[] Roles, Guid[] Townships) : ICurrentUser
{
    public bool IsAuthenticated => true;
    public string? UserId => Name;
    public string? UserName => Name;
    Guid? ICurrentUser.TenantId => TenantId;
    public IReadOnlyCollection<Guid> TownshipIds => Townships;
    public bool IsInRole(string role) => Roles.Contains(role);
}

/// <summary>The user of the current DI scope, set before each send.</summary>
public sealed class ScopedUser : ICurrentUser
{
    public TestUser? User { get; set; }
    public bool IsAuthenticated => User is not null;
    public string? UserId => User?.UserId;
    public string? UserName => User?.UserName;
    public Guid? TenantId => User?.TenantId;
    public IReadOnlyCollection<Guid> TownshipIds => User?.TownshipIds ?? [];
    public bool IsInRole(string role) => User?.IsInRole(role) == true;
}

/// <summary>A clock the test sets.</summary>
public sealed class TestClock : IClock
{
    public DateTimeOffset Now { get; set; } = new(2019, 11, 15, 10, 0, 0, TimeSpan.FromHours(8));
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}
