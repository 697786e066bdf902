using Microsoft.AspNetCore.Identity;
using ResidentMedicalInsurance.Application.Features.Common;
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
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.LockoutEnd, u.Disabled, u.MustChangePassword,
                Townships = u.Townships.Select(t => t.TownshipId).ToList(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var townships = await Townships(tenantId).ToListAsync(cancellationToken).ConfigureAwait(false);

        return accounts.Select(a => new UserAccount(
            a.Id, a.UserName ?? "", a.DisplayName,
            roles.Where(r => r.UserId == a.Id).Select(r => r.Name ?? "").Order().ToList(),
            townships.Where(t => a.Townships.Contains(t.Id)).Select(t => t.Name).ToList(),
            a.LockoutEnd,
            townships.Where(t => a.Townships.Contains(t.Id)).Select(t => t.Id).ToList(),
            a.Disabled, a.MustChangePassword)).ToList();
    }

    public async Task<UserAccount?> FindAsync(Guid tenantId, string userId, CancellationToken cancellationToken) =>
        (await ListAsync(tenantId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(a => a.UserId == userId);

    public async Task SetLockedAsync(Guid tenantId, string userId, bool locked, CancellationToken cancellationToken)
    {
        var user = await UserAsync(tenantId, userId, cancellationToken).ConfigureAwait(false);
        Check(await users.SetLockoutEndDateAsync(user, locked ? UserLock.Indefinitely : null).ConfigureAwait(false));
        if (!locked)
        {
            Check(await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false));
        }

        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
    }

    public async Task<CreatedAccount> CreateAsync(Guid tenantId, NewAccount account, CancellationToken cancellationToken)
    {
        var user = new AppUser { UserName = account.UserName, DisplayName = account.DisplayName, TenantId = tenantId, MustChangePassword = true };
        user.Townships.AddRange(await TownshipsOf(tenantId, user.Id, account.TownshipIds, cancellationToken).ConfigureAwait(false));
        var password = OneTimePassword.Generate();
        Check(await users.CreateAsync(user, password).ConfigureAwait(false));
        Check(await users.AddToRoleAsync(user, account.Role).ConfigureAwait(false));
        return new CreatedAccount(user.Id, password);
    }

    public async Task SetTownshipsAsync(Guid tenantId, string userId, IReadOnlyList<Guid> townshipIds, CancellationToken cancellationToken)
    {
        var user = await UserAsync(tenantId, userId, cancellationToken).ConfigureAwait(false);
        var bound = await TownshipsOf(tenantId, user.Id, townshipIds, cancellationToken).ConfigureAwait(false);
        await db.Entry(user).Collection(u => u.Townships).LoadAsync(cancellationToken).ConfigureAwait(false);
        var added = bound.Where(b => user.Townships.All(t => t.TownshipId != b.TownshipId)).ToList();
        user.Townships.RemoveAll(t => bound.All(b => b.TownshipId != t.TownshipId));
        user.Townships.AddRange(added);
        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false)); // saves the townships, ends the sessions
    }

    public async Task<string> ResetPasswordAsync(Guid tenantId, string userId, CancellationToken cancellationToken)
    {
        var user = await UserAsync(tenantId, userId, cancellationToken).ConfigureAwait(false);
        var password = OneTimePassword.Generate();
        user.MustChangePassword = true;
        // Not a reset token: it would write a data-protection key beside the command's transaction (SQLite has one writer).
        Check(await users.RemovePasswordAsync(user).ConfigureAwait(false)); // new stamp
        Check(await users.AddPasswordAsync(user, password).ConfigureAwait(false));
        return password;
    }

    public async Task SetDisabledAsync(Guid tenantId, string userId, bool disabled, CancellationToken cancellationToken)
    {
        var user = await UserAsync(tenantId, userId, cancellationToken).ConfigureAwait(false);
        user.Disabled = disabled;
        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
    }

    public async Task<bool> CheckPasswordAsync(Guid tenantId, string userId, string password, CancellationToken cancellationToken) =>
        await users.CheckPasswordAsync(await UserAsync(tenantId, userId, cancellationToken).ConfigureAwait(false), password).ConfigureAwait(false);

    public async Task<IReadOnlyList<string>> PasswordProblemsAsync(Guid tenantId, string userId, string password, CancellationToken cancellationToken)
    {
        var user = await UserAsync(tenantId, userId, cancellationToken).ConfigureAwait(false);
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password).ConfigureAwait(false);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }

        return problems;
    }

    public async Task ChangePasswordAsync(Guid tenantId, string userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await UserAsync(tenantId, userId, cancellationToken).ConfigureAwait(false);
        user.MustChangePassword = false;
        Check(await users.ChangePasswordAsync(user, currentPassword, newPassword).ConfigureAwait(false)); // new stamp
    }

    private IQueryable<Domain.Tenancy.Township> Townships(Guid tenantId) =>
        db.Townships.IgnoreQueryFilters().AsNoTracking().Where(t => t.TenantId == tenantId).OrderBy(t => t.SortOrder).ThenBy(t => t.Name);

    // Only the tenant's own townships: another county's id is "not found", as every other record id.
    private async Task<List<UserTownship>> TownshipsOf(Guid tenantId, string userId, IReadOnlyList<Guid> townshipIds, CancellationToken cancellationToken)
    {
        var found = await Townships(tenantId).Where(t => townshipIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (found.Count != townshipIds.Distinct().Count())
        {
            throw new NotFoundException(Messages.Get("Users_TownshipNotFound"));
        }

        return found.Select(id => new UserTownship { UserId = userId, TownshipId = id }).ToList();
    }

    private async Task<AppUser> UserAsync(Guid tenantId, string userId, CancellationToken cancellationToken) =>
        await users.Users.FirstOrDefaultAsync(u => u.Id == userId && u.TenantId == tenantId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(Messages.Get("Users_NotFound"));

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new AppException(string.Join(Messages.Get("Common_ListSeparator"), result.Errors.Select(e => e.Description)));
        }
    }
}
