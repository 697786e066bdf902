namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>
/// The portal's user accounts of one tenant (Identity lives in Infrastructure). Every method takes the
/// tenant, and an account of another tenant is never found.
/// </summary>
public interface IUserAccounts
{
    Task<IReadOnlyList<UserAccount>> ListAsync(Guid tenantId, CancellationToken cancellationToken);

    Task<UserAccount?> FindAsync(Guid tenantId, string userId, CancellationToken cancellationToken);

    /// <summary>Locks until unlocked (or unlocks) and changes the security stamp, which ends the user's sessions at once.</summary>
    Task SetLockedAsync(Guid tenantId, string userId, bool locked, CancellationToken cancellationToken);
}

public sealed record UserAccount(
    string UserId, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Townships, DateTimeOffset? LockedUntil);
