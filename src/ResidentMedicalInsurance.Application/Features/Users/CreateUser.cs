using FluentValidation;
using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Users;

/// <summary>
/// 新建用户: a clerk (bound to townships), county staff or a supervisor of the Admin's tenant, with a
/// generated one-time password shown once; the user must change it at the first sign-in.
/// </summary>
[AuthorizeRoles(Roles.Admin)]
public sealed record CreateUser(string Role, string UserName, string DisplayName, IReadOnlyList<Guid> TownshipIds) : ICommand<OneTimePasswordIssued>;

public sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator()
    {
        RuleFor(x => x.Role).Must(r => UserRules.AssignableRoles.Contains(r)).WithMessage(_ => Messages.Get("Users_RoleMissing"));
        RuleFor(x => x.UserName).NotEmpty().WithMessage(_ => Messages.Get("Users_UserNameMissing"))
            .MaximumLength(UserRules.UserNameMaxLength).WithMessage(_ => Messages.Format("Users_UserNameTooLong", UserRules.UserNameMaxLength))
            .Matches(@"^\s*[A-Za-z0-9._@+-]*\s*$").WithMessage(_ => Messages.Get("Users_UserNameCharacters"));
        RuleFor(x => x.DisplayName).Custom((name, context) =>
        {
            if (TextRules.NameProblem(name, Messages.Get("Users_DisplayNameField"), UserRules.DisplayNameMaxLength) is { } problem)
            {
                context.AddFailure(problem);
            }
        });
        RuleFor(x => x.TownshipIds).NotEmpty().When(x => x.Role == Roles.Clerk).WithMessage(_ => UserRules.ClerkNeedsTownship);
        RuleFor(x => x.TownshipIds).Empty().When(x => x.Role != Roles.Clerk).WithMessage(_ => UserRules.OnlyClerksHaveTownships);
    }
}

public sealed class CreateUserHandler(IUserAccounts accounts, IAppDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<CreateUser, OneTimePasswordIssued>
{
    public async Task<OneTimePasswordIssued> Handle(CreateUser request, CancellationToken cancellationToken)
    {
        var tenantId = user.TenantId!.Value;
        var userName = request.UserName.Trim();
        var created = await accounts.CreateAsync(tenantId, new NewAccount(userName, request.DisplayName.Trim(), request.Role, request.TownshipIds), cancellationToken)
            .ConfigureAwait(false);
        var account = (await accounts.FindAsync(tenantId, created.UserId, cancellationToken).ConfigureAwait(false))!;
        await UserAdmin.AuditAsync(db, user, clock, nameof(CreateUser), account.UserId, AuditOperation.Added, null,
            new { account.UserName, account.DisplayName, account.Roles, account.Townships, account.MustChangePassword }, cancellationToken).ConfigureAwait(false);
        return new OneTimePasswordIssued(account.UserId, account.UserName, created.OneTimePassword,
            Messages.Format("Users_Created", account.UserName));
    }
}
