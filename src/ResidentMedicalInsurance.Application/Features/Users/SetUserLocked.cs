using System.Text.Json;
using ResidentMedicalInsurance.Application.Auditing;
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
        var tenantId = user.TenantId!.Value;
        var account = await accounts.FindAsync(tenantId, request.UserId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("未找到该用户。");
        if (request.Locked && account.UserId == user.UserId)
        {
            throw new AppException("不能锁定自己的账户。");
        }

        var wasLocked = account.LockedUntil is { } until && until > clock.Now;
        await accounts.SetLockedAsync(tenantId, account.UserId, request.Locked, cancellationToken).ConfigureAwait(false);
        AuditNote.Add(db, user, clock, nameof(SetUserLocked), "User", Guid.TryParse(account.UserId, out var id) ? id : Guid.Empty,
            AuditOperation.Modified,
            before: JsonSerializer.Serialize(new { account.UserName, Locked = wasLocked }),
            after: JsonSerializer.Serialize(new { account.UserName, request.Locked }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new UserLockChanged(account.UserId, request.Locked,
            request.Locked ? $"已锁定 {account.UserName}，其已打开的页面在下一次操作时退出登录。" : $"已解锁 {account.UserName}。");
    }
}
