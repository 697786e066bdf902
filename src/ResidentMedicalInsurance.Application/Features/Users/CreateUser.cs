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
        RuleFor(x => x.Role).Must(r => UserRules.AssignableRoles.Contains(r)).WithMessage("请选择角色：乡镇经办员、县医保局工作人员或主管领导。");
        RuleFor(x => x.UserName).NotEmpty().WithMessage("请填写用户名。")
            .MaximumLength(UserRules.UserNameMaxLength).WithMessage($"用户名最多 {UserRules.UserNameMaxLength} 个字符。")
            .Matches(@"^\s*[A-Za-z0-9._@+-]*\s*$").WithMessage("用户名只能包含字母、数字和 - . _ @ +。");
        RuleFor(x => x.DisplayName).Custom((name, context) =>
        {
            if (TextRules.NameProblem(name, "姓名", UserRules.DisplayNameMaxLength) is { } problem)
            {
                context.AddFailure(problem);
            }
        });
        RuleFor(x => x.TownshipIds).NotEmpty().When(x => x.Role == Roles.Clerk).WithMessage(UserRules.ClerkNeedsTownship);
        RuleFor(x => x.TownshipIds).Empty().When(x => x.Role != Roles.Clerk).WithMessage("只有经办员绑定乡镇。");
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
            $"已创建 {account.UserName}。请把一次性密码交给本人，首次登录时须修改；此密码只显示这一次。");
    }
}
