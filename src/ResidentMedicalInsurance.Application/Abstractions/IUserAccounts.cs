namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>
/// The portal's user accounts of one tenant (Identity lives in Infrastructure). Every method takes the
/// tenant, and an account of another tenant is never found. Every change of an account changes its
/// security stamp, which ends the user's open sessions at once.
/// </summary>
public interface IUserAccounts
{
    Task<IReadOnlyList<UserAccount>> ListAsync(Guid tenantId, CancellationToken cancellationToken);

    Task<UserAccount?> FindAsync(Guid tenantId, string userId, CancellationToken cancellationToken);

    /// <summary>Locks until unlocked (or unlocks) and changes the security stamp, which ends the user's sessions at once.</summary>
    Task SetLockedAsync(Guid tenantId, string userId, bool locked, CancellationToken cancellationToken);

    /// <summary>Creates the account with a generated one-time password (returned, never stored in clear) the user must change at first sign-in.</summary>
    Task<CreatedAccount> CreateAsync(Guid tenantId, NewAccount account, CancellationToken cancellationToken);

    /// <summary>Replaces a clerk's townships.</summary>
    Task SetTownshipsAsync(Guid tenantId, string userId, IReadOnlyList<Guid> townshipIds, CancellationToken cancellationToken);

    /// <summary>Sets a new generated one-time password (returned) the user must change at the next sign-in.</summary>
    Task<string> ResetPasswordAsync(Guid tenantId, string userId, CancellationToken cancellationToken);

    /// <summary>Disables (the user cannot sign in) or enables the account.</summary>
    Task SetDisabledAsync(Guid tenantId, string userId, bool disabled, CancellationToken cancellationToken);

    /// <summary>Whether the password is the user's current one.</summary>
    Task<bool> CheckPasswordAsync(Guid tenantId, string userId, string password, CancellationToken cancellationToken);

    /// <summary>What the portal's password rule finds wrong with a new password (zh-CN), none when it is good.</summary>
    Task<IReadOnlyList<string>> PasswordProblemsAsync(Guid tenantId, string userId, string password, CancellationToken cancellationToken);

    /// <summary>The user's own change from the current password to a new one; clears the must-change flag.</summary>
    Task ChangePasswordAsync(Guid tenantId, string userId, string currentPassword, string newPassword, CancellationToken cancellationToken);
}

public sealed record UserAccount(
    string UserId, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Townships, DateTimeOffset? LockedUntil,
    IReadOnlyList<Guid> TownshipIds, bool Disabled, bool MustChangePassword);

public sealed record NewAccount(string UserName, string DisplayName, string Role, IReadOnlyList<Guid> TownshipIds);

public sealed record CreatedAccount(string UserId, string OneTimePassword);
