using FluentValidation;
using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Users;

/// <summary>绑定乡镇: replaces a clerk's townships; the clerk's open sessions end, the next sign-in sees the new ones.</summary>
[AuthorizeRoles(Roles.Admin)]
public sealed record SetUserTownships(string UserId, IReadOnlyList<Guid> TownshipIds) : ICommand<UserChanged>;

public sealed class SetUserTownshipsValidator : AbstractValidator<SetUserTownships>
{
    public SetUserTownshipsValidator() => RuleFor(x => x.TownshipIds).NotEmpty().WithMessage(_ => UserRules.ClerkNeedsTownship);
}

public sealed class SetUserTownshipsHandler(IUserAccounts accounts, IAppDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<SetUserTownships, UserChanged>
{
    public async Task<UserChanged> Handle(SetUserTownships request, CancellationToken cancellationToken)
    {
        var before = await UserAdmin.AccountAsync(accounts, user, request.UserId, notSelf: null, cancellationToken).ConfigureAwait(false);
        if (!before.Roles.Contains(Roles.Clerk))
        {
            throw new AppException(UserRules.OnlyClerksHaveTownships);
        }

        await accounts.SetTownshipsAsync(user.TenantId!.Value, before.UserId, request.TownshipIds, cancellationToken).ConfigureAwait(false);
        var after = (await accounts.FindAsync(user.TenantId!.Value, before.UserId, cancellationToken).ConfigureAwait(false))!;
        await UserAdmin.AuditAsync(db, user, clock, nameof(SetUserTownships), before.UserId, AuditOperation.Modified,
            new { before.UserName, before.Townships }, new { after.UserName, after.Townships }, cancellationToken).ConfigureAwait(false);
        return new UserChanged(after.UserId, Messages.Format("Users_TownshipsChanged", after.UserName, string.Join(Texts.Get("ListSeparator"), after.Townships)));
    }
}
