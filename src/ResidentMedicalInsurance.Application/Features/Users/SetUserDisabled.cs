using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Users;

/// <summary>
/// 停用 / 启用 a user of the Admin's own tenant: a disabled user cannot sign in and their open sessions
/// end at once. Unlike a lock (which sign-in failures also set and which says "ask the admin"), it marks
/// an account that should not be used any more, e.g. of someone who left the office.
/// </summary>
[AuthorizeRoles(Roles.Admin)]
public sealed record SetUserDisabled(string UserId, bool Disabled) : ICommand<UserChanged>;

public sealed class SetUserDisabledHandler(IUserAccounts accounts, IAppDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<SetUserDisabled, UserChanged>
{
    public async Task<UserChanged> Handle(SetUserDisabled request, CancellationToken cancellationToken)
    {
        var account = await UserAdmin.AccountAsync(accounts, user, request.UserId, request.Disabled ? Messages.Get("Users_CannotDisableSelf") : null, cancellationToken).ConfigureAwait(false);
        await accounts.SetDisabledAsync(user.TenantId!.Value, account.UserId, request.Disabled, cancellationToken).ConfigureAwait(false);
        await UserAdmin.AuditAsync(db, user, clock, nameof(SetUserDisabled), account.UserId, AuditOperation.Modified,
            new { account.UserName, account.Disabled }, new { account.UserName, request.Disabled }, cancellationToken).ConfigureAwait(false);
        return new UserChanged(account.UserId,
            Messages.Format(request.Disabled ? "Users_Disabled" : "Users_Enabled", account.UserName));
    }
}
