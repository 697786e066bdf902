using FluentValidation;
using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Users;

/// <summary>修改密码: the signed-in user's own change, required after a one-time password. The password rule is Identity's (PortalIdentity).</summary>
[AuthorizeRoles(Roles.Everyone)]
public sealed record ChangeOwnPassword(string CurrentPassword, string NewPassword, string ConfirmPassword) : ICommand<UserChanged>;

/// <summary>One problem per field at a time: a blank field is not also "wrong" or "too short".</summary>
public sealed class ChangeOwnPasswordValidator : AbstractValidator<ChangeOwnPassword>
{
    public ChangeOwnPasswordValidator(IUserAccounts accounts, ICurrentUser user)
    {
        RuleFor(x => x.CurrentPassword).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => Messages.Get("Password_CurrentMissing"))
            .MustAsync((password, ct) => user.TenantId is { } tenant ? accounts.CheckPasswordAsync(tenant, user.UserId!, password, ct) : Task.FromResult(false))
            .WithMessage(_ => Messages.Get("Password_CurrentWrong"));
        RuleFor(x => x.NewPassword).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => Messages.Get("Password_NewMissing"))
            .NotEqual(x => x.CurrentPassword).WithMessage(_ => Messages.Get("Password_NewSameAsCurrent"))
            .CustomAsync(async (password, context, ct) =>
            {
                var problems = user.TenantId is { } tenant ? await accounts.PasswordProblemsAsync(tenant, user.UserId!, password, ct).ConfigureAwait(false) : [];
                foreach (var problem in problems)
                {
                    context.AddFailure(problem);
                }
            });
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(_ => Messages.Get("Password_ConfirmMismatch"));
    }
}

public sealed class ChangeOwnPasswordHandler(IUserAccounts accounts, IAppDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<ChangeOwnPassword, UserChanged>
{
    public async Task<UserChanged> Handle(ChangeOwnPassword request, CancellationToken cancellationToken)
    {
        var account = await UserAdmin.AccountAsync(accounts, user, user.UserId!, notSelf: null, cancellationToken).ConfigureAwait(false);
        await accounts.ChangePasswordAsync(user.TenantId!.Value, account.UserId, request.CurrentPassword, request.NewPassword, cancellationToken)
            .ConfigureAwait(false);
        await UserAdmin.AuditAsync(db, user, clock, nameof(ChangeOwnPassword), account.UserId, AuditOperation.Modified,
            new { account.UserName, account.MustChangePassword }, new { account.UserName, MustChangePassword = false }, cancellationToken).ConfigureAwait(false);
        return new UserChanged(account.UserId, Messages.Get("Password_Changed"));
    }
}
