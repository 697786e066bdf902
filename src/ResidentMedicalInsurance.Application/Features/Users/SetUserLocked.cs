using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Users;

/// <summary>锁定 / 解锁 a user of the Admin's own tenant. Locking ends the user's open sessions at once.</summary>
[AuthorizeRoles(Roles.Admin)]
public sealed record SetUserLocked(string UserId, bool Locked) : ICommand<UserLockChanged>;

public sealed record UserLockChanged(string UserId, bool Locked, string Message);

/// <summary>How long an Admin's lock lasts: until an Admin unlocks.</summary>
public static class UserLock
{
    public static readonly DateTimeOffset Indefinitely = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);
}

public sealed class SetUserLockedHandler(IUserAccounts accounts, IAppDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<SetUserLocked, UserLockChanged>
{
    public async Task<UserLockChanged> Handle(SetUserLocked request, CancellationToken cancellationToken)
    {
        var account = await UserAdmin.AccountAsync(accounts, user, request.UserId, request.Locked ? Messages.Get("Users_CannotLockSelf") : null, cancellationToken).ConfigureAwait(false);
        var wasLocked = account.LockedUntil is { } until && until > clock.Now;
        await accounts.SetLockedAsync(user.TenantId!.Value, account.UserId, request.Locked, cancellationToken).ConfigureAwait(false);
        await UserAdmin.AuditAsync(db, user, clock, nameof(SetUserLocked), account.UserId, AuditOperation.Modified,
            new { account.UserName, Locked = wasLocked }, new { account.UserName, request.Locked }, cancellationToken).ConfigureAwait(false);
        return new UserLockChanged(account.UserId, request.Locked,
            Messages.Format(request.Locked ? "Users_Locked" : "Users_Unlocked", account.UserName));
    }
}
