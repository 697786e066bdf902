using Microsoft.AspNetCore.Identity;
using ResidentMedicalInsurance.Application.Features.Users;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Identity;

/// <inheritdoc cref="IUserAccounts"/>
public sealed class UserAccounts(UserManager<AppUser> users, AppDbContext db) : IUserAccounts
{
    public async Task<IReadOnlyList<UserAccount>> ListAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var accounts = await users.Users.AsNoTracking()
            .Where(u => u.TenantId == tenantId)
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.LockoutEnd, Townships = u.Townships.Select(t => t.TownshipId).ToList() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var townshipNames = await db.Townships.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken).ConfigureAwait(false);

        return accounts.Select(a => new UserAccount(
            a.Id, a.UserName ?? "", a.DisplayName,
            roles.Where(r => r.UserId == a.Id).Select(r => r.Name ?? "").Order().ToList(),
            a.Townships.Select(t => townshipNames.GetValueOrDefault(t, "")).ToList(),
            a.LockoutEnd)).ToList();
    }

    public async Task<UserAccount?> FindAsync(Guid tenantId, string userId, CancellationToken cancellationToken) =>
        (await ListAsync(tenantId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(a => a.UserId == userId);

    public async Task SetLockedAsync(Guid tenantId, string userId, bool locked, CancellationToken cancellationToken)
    {
        var user = await users.Users.FirstOrDefaultAsync(u => u.Id == userId && u.TenantId == tenantId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("未找到该用户。");
        Check(await users.SetLockoutEndDateAsync(user, locked ? UserLock.Indefinitely : null).ConfigureAwait(false));
        if (!locked)
        {
            Check(await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false));
        }

        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new AppException(string.Join("；", result.Errors.Select(e => e.Description)));
        }
    }
}
