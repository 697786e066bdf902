using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Accounts;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Accounts;

/// <summary>
/// 第十一条: on death or moving out of the city districts the premium is not refunded but the personal account balance is,
/// to the person or, on death, the heir: a 退还 entry of the whole balance, added to the departure's own save (one
/// transaction, audited). Leaving the household, or a move inside the districts, changes nothing in the account.
/// </summary>
internal static class PersonalAccountRefunds
{
    /// <summary>The clerk's sentence about the refund, or null when nothing is refunded.</summary>
    public static async Task<string?> OnDepartureAsync(
        IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy, Resident resident, DepartureReason reason, DateOnly date, CancellationToken ct)
    {
        if (reason is not (DepartureReason.Death or DepartureReason.MovedOut))
        {
            return null;
        }

        var balance = await PersonalAccountQueries.BalanceAsync(db, resident.Id, ct);
        if (balance <= 0)
        {
            return null;
        }

        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, ct);
        var basis = profile.PersonalAccount?.RefundBasis ?? AccountsTexts.Get("Refund_BasisFallback");
        var to = AccountsTexts.Get(reason == DepartureReason.Death ? "Refund_ToHeir" : "Refund_ToPerson");
        db.PersonalAccountEntries.Add(PersonalAccountEntry.Refund(resident, balance, date, basis, AccountsTexts.Format("Refund_Note", Labels.Of(reason), to), clock.Now, user.UserName ?? ""));
        return AccountsTexts.Format("Refund_Done", Display.Yuan(balance), to);
    }
}
