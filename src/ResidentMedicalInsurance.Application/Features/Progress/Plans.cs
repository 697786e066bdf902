using ResidentMedicalInsurance.Domain.Progress;

namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>The signed-in tenant's township plans (参保任务数) of one insurance year: persons by township id.</summary>
public static class Plans
{
    public static async Task<Dictionary<Guid, int>> ForYearAsync(IAppDbContext db, int year, CancellationToken ct) =>
        await db.TownshipPlans.AsNoTracking().Where(p => p.Year == year)
            .ToDictionaryAsync(p => p.TownshipId, p => p.Persons, ct).ConfigureAwait(false);
}
