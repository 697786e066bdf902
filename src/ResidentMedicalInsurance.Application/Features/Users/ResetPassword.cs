using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Users;

/// <summary>重置密码: a new one-time password, shown once; the user's sessions end and the next sign-in asks for a new password.</summary>
[AuthorizeRoles(Roles.Admin)]
public sealed record ResetPassword(string UserId) : ICommand<OneTimePasswordIssued>;

public sealed class ResetPasswordHandler(IUserAccounts accounts, IAppDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<ResetPassword, OneTimePasswordIssued>
{
    public async Task<OneTimePasswordIssued> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        var account = await UserAdmin.AccountAsync(accounts, user, request.UserId, notSelf: Messages.Get("Users_CannotResetSelf"), cancellationToken).ConfigureAwait(false);
        var password = await accounts.ResetPasswordAsync(user.TenantId!.Value, account.UserId, cancellationToken).ConfigureAwait(false);
        await UserAdmin.AuditAsync(db, user, clock, nameof(ResetPassword), account.UserId, AuditOperation.Modified,
            new { account.UserName, account.MustChangePassword }, new { account.UserName, MustChangePassword = true }, cancellationToken).ConfigureAwait(false);
        return new OneTimePasswordIssued(account.UserId, account.UserName, password,
            Messages.Format("Users_PasswordReset", account.UserName));
    }
}
