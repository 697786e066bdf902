namespace ResidentMedicalInsurance.Application.Features.Users;

/// <summary>用户管理: the tenant's users for its Admin, with their roles, townships, lock and disabled state.</summary>
[AuthorizeRoles(Roles.Admin)]
public sealed record ListUsers : IQuery<IReadOnlyList<UserRow>>;

public sealed record UserRow(string UserId, string UserName, string DisplayName, string RolesText, string TownshipsText, bool Locked, string LockText,
    bool IsClerk, IReadOnlyList<Guid> TownshipIds, bool Disabled, bool MustChangePassword);

public sealed class ListUsersHandler(IUserAccounts accounts, ICurrentUser user, IClock clock) : IRequestHandler<ListUsers, IReadOnlyList<UserRow>>
{
    public async Task<IReadOnlyList<UserRow>> Handle(ListUsers request, CancellationToken cancellationToken)
    {
        var users = await accounts.ListAsync(user.TenantId!.Value, cancellationToken).ConfigureAwait(false);
        return users.Select(u => Row(u, clock.Now)).ToList();
    }

    private static UserRow Row(UserAccount u, DateTimeOffset now)
    {
        var locked = u.LockedUntil is { } until && until > now;
        var lockText = !locked ? Texts.Get("UserState_Active")
            : u.LockedUntil >= UserLock.Indefinitely ? Texts.Get("UserState_LockedByAdmin")
            : Texts.Format("UserState_LockedUntil", Display.Time(u.LockedUntil!.Value));
        var separator = Texts.Get("ListSeparator");
        return new UserRow(u.UserId, u.UserName, u.DisplayName, string.Join(separator, u.Roles.Select(Roles.Label)),
            string.Join(separator, u.Townships), locked, lockText, u.Roles.Contains(Roles.Clerk), u.TownshipIds, u.Disabled, u.MustChangePassword);
    }
}
