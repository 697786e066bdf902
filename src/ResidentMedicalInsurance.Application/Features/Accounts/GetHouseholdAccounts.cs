using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Accounts;

namespace ResidentMedicalInsurance.Application.Features.Accounts;

/// <summary>
/// 个人账户明细 of a household: each member's balance and entries, oldest first (a credit before a refund of the same day). <see cref="HouseholdAccounts.Shown"/> is
/// false where the tenant's current profile has no personal account and no member has an entry (nothing to show).
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record GetHouseholdAccounts(Guid HouseholdId) : IQuery<HouseholdAccounts>;

public sealed record HouseholdAccounts(bool Shown, IReadOnlyList<MemberAccount> Members);

public sealed record MemberAccount(Guid ResidentId, string Name, long BalanceFen, IReadOnlyList<AccountEntryView> Entries)
{
    public string BalanceText => Display.Yuan(BalanceFen);
}

public sealed record AccountEntryView(DateOnly BookedOn, PersonalAccountEntryKind Kind, long AmountFen, int Year, string Basis, string? Note)
{
    public string DateText => Display.Date(BookedOn);
    public string KindText => AccountsTexts.Get($"Kind_{Kind}");
    public string AmountText => Display.Yuan(AmountFen);
}

public sealed class GetHouseholdAccountsHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy) : IRequestHandler<GetHouseholdAccounts, HouseholdAccounts>
{
    public async Task<HouseholdAccounts> Handle(GetHouseholdAccounts request, CancellationToken cancellationToken)
    {
        var household = (await db.Households.AsNoTracking().InScope(user).FirstOrDefaultAsync(h => h.Id == request.HouseholdId, cancellationToken)).Found();
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var residents = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == household.Id)
            .OrderBy(r => r.Relationship).ThenBy(r => r.BirthDate).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        var ids = residents.Select(r => r.Id).ToList();
        var entries = (await db.PersonalAccountEntries.AsNoTracking().Where(a => ids.Contains(a.ResidentId)).ToListAsync(cancellationToken))
            .OrderBy(a => a.BookedOn).ThenBy(a => a.Kind).ThenBy(a => a.RecordedAt).ToList();
        var members = residents.Select(r =>
        {
            var own = entries.Where(a => a.ResidentId == r.Id).ToList();
            return new MemberAccount(r.Id, r.Name, own.Sum(a => a.AmountFen),
                own.Select(a => new AccountEntryView(a.BookedOn, a.Kind, a.AmountFen, a.Year, a.Basis, a.Note)).ToList());
        }).ToList();
        return new HouseholdAccounts(profile.PersonalAccount is not null || entries.Count > 0, members);
    }
}
