using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Progress;

/// <summary>
/// The progress counters of a tenant counted afresh from its residents, enrolments and payments in force: what the
/// maintained counters must always equal (the tests compare them), and how they are rebuilt after a bulk load that
/// bypasses the context (seed-scale) or for data that predates them (ADR 0061).
/// </summary>
public static class TallyRecount
{
    public static async Task<TallyDelta> CountAsync(AppDbContext db, Guid tenantId, CancellationToken ct)
    {
        var households = db.Households.IgnoreQueryFilters().Where(h => h.TenantId == tenantId);
        var registered = await db.Residents.IgnoreQueryFilters().Where(r => r.TenantId == tenantId && r.Departure == null)
            .Join(households, r => r.HouseholdId, h => h.Id, (r, h) => new { r.TownshipId, h.Village })
            .GroupBy(r => new { r.TownshipId, r.Village })
            .Select(g => new { g.Key.TownshipId, g.Key.Village, Count = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        var enrolled = await db.Enrollments.IgnoreQueryFilters().Where(e => e.TenantId == tenantId && e.Status != EnrollmentStatus.Ended)
            .Join(households, e => e.HouseholdId, h => h.Id, (e, h) => new { e.TownshipId, h.Village, e.Year, e.SubsidyCode, e.Status })
            .GroupBy(e => new { e.TownshipId, e.Village, e.Year, e.SubsidyCode, e.Status })
            .Select(g => new { g.Key.TownshipId, g.Key.Village, g.Key.Year, g.Key.SubsidyCode, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        var days = await db.Enrollments.IgnoreQueryFilters().Where(e => e.TenantId == tenantId && e.Status == EnrollmentStatus.Paid)
            .Join(db.Payments.IgnoreQueryFilters().Where(p => p.TenantId == tenantId && p.Status == PaymentStatus.InForce),
                e => e.Id, p => p.EnrollmentId, (e, p) => new { e.TownshipId, e.Year, e.SubsidyCode, p.PaidOn })
            .GroupBy(e => new { e.TownshipId, e.Year, e.SubsidyCode, e.PaidOn })
            .Select(g => new { g.Key.TownshipId, g.Key.Year, g.Key.SubsidyCode, g.Key.PaidOn, Count = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);

        var counts = new TallyDelta();
        foreach (var r in registered)
        {
            counts.AddVillage(new VillageKey(tenantId, r.TownshipId, r.Village, 0, ""), (r.Count, 0, 0));
        }

        foreach (var e in enrolled)
        {
            var paid = e.Status == EnrollmentStatus.Paid ? e.Count : 0;
            counts.AddVillage(new VillageKey(tenantId, e.TownshipId, e.Village, e.Year, e.SubsidyCode ?? ""), (0, e.Count, paid));
        }

        foreach (var d in days)
        {
            counts.AddDay(new DayKey(tenantId, d.TownshipId, d.Year, d.SubsidyCode ?? "", d.PaidOn), d.Count);
        }

        return counts;
    }

    /// <summary>
    /// Replaces the tenant's counters by a recount, in the context's transaction. The old rows are deleted first, so on
    /// PostgreSQL a clerk's save that already counted waits for, or is seen by, the recount instead of being lost.
    /// </summary>
    public static async Task RecountAsync(AppDbContext db, Guid tenantId, CancellationToken ct)
    {
        await db.VillageTallies.IgnoreQueryFilters().Where(t => t.TenantId == tenantId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.PaidDayTallies.IgnoreQueryFilters().Where(t => t.TenantId == tenantId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await TallyWriter.AddAsync(db, await CountAsync(db, tenantId, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
    }

    /// <summary>The counters as stored, in the same shape, zero rows left out.</summary>
    public static async Task<TallyDelta> StoredAsync(AppDbContext db, Guid tenantId, CancellationToken ct)
    {
        var stored = new TallyDelta();
        foreach (var t in await db.VillageTallies.IgnoreQueryFilters().AsNoTracking().Where(t => t.TenantId == tenantId).ToListAsync(ct).ConfigureAwait(false))
        {
            stored.AddVillage(new VillageKey(t.TenantId, t.TownshipId, t.Village, t.Year, t.Category), (t.Registered, t.Enrolled, t.Paid));
        }

        foreach (var t in await db.PaidDayTallies.IgnoreQueryFilters().AsNoTracking().Where(t => t.TenantId == tenantId).ToListAsync(ct).ConfigureAwait(false))
        {
            stored.AddDay(new DayKey(t.TenantId, t.TownshipId, t.Year, t.Category, t.Day), t.Paid);
        }

        return stored;
    }
}
