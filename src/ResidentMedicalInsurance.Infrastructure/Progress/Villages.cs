using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Progress;

/// <summary>The village of each household: a household the context tracks as it stands there, the others as stored.</summary>
internal static class Villages
{
    public static async Task<Dictionary<Guid, string>> OfAsync(AppDbContext db, IEnumerable<Guid> householdIds, CancellationToken ct)
    {
        var wanted = householdIds.ToHashSet();
        var villages = db.ChangeTracker.Entries<Household>()
            .Where(h => wanted.Contains(h.Entity.Id))
            .ToDictionary(h => h.Entity.Id, h => h.Entity.Village);
        var stored = wanted.Where(id => !villages.ContainsKey(id)).ToList();
        if (stored.Count > 0)
        {
            // Keys of rows this save holds or changes, looked up by primary key: the tenant is theirs (OwnKeys, ADR 0056).
            foreach (var h in await db.Households.IgnoreQueryFilters().AsNoTracking().Where(h => EF.Parameter(stored).Contains(h.Id))
                .Select(h => new { h.Id, h.Village }).ToListAsync(ct).ConfigureAwait(false))
            {
                villages[h.Id] = h.Village;
            }
        }

        return villages;
    }
}
