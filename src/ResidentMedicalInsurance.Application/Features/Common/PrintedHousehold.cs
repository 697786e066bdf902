using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>
/// The household a whole-household printout is for (in the user's scope, else "not found") and the insurance year
/// it prints: the tenant's current year, the one the household page shows.
/// </summary>
public sealed record PrintedHousehold(Guid Id, string Number, int Year)
{
    public static async Task<PrintedHousehold> LoadAsync(IAppDbContext db, ICurrentUser user, IPolicyGateway policy, Guid householdId, CancellationToken ct)
    {
        Household household = (await db.Households.AsNoTracking().InScope(user).FirstOrDefaultAsync(h => h.Id == householdId, ct)).Found();
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, ct);
        return new(household.Id, household.Number, profile.Year);
    }
}
