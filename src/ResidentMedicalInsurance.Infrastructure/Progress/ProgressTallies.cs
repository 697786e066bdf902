using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Progress;

/// <summary>
/// Keeps the progress counters (<see cref="VillageTally"/>, <see cref="PaidDayTally"/>) equal to the rows: before a
/// save it works out, from the change tracker, what the changed residents and enrolments counted for before and after
/// (a household that moved village or township moves all its rows), and once the rows are saved it adds the
/// difference in the same transaction. A save outside any transaction gets one for the two (ADR 0061).
/// </summary>
public sealed class ProgressTallies : SaveChangesInterceptor
{
    private TallyDelta? pending;
    private IDbContextTransaction? owned;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        PrepareAsync((AppDbContext)eventData.Context!, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await PrepareAsync((AppDbContext)eventData.Context!, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        FinishAsync((AppDbContext)eventData.Context!, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await FinishAsync((AppDbContext)eventData.Context!, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon();
        return Task.CompletedTask;
    }

    /// <summary>入账's set-based writes: the enrolments it changed, as they were read and as they were written.</summary>
    public static async Task AddChangesAsync(AppDbContext db, IReadOnlyList<(Enrollment Before, Enrollment After)> changes, CancellationToken ct)
    {
        var villages = await Villages.OfAsync(db, changes.Select(c => c.After.HouseholdId), ct).ConfigureAwait(false);
        var delta = new TallyDelta();
        foreach (var (before, after) in changes)
        {
            delta.Add(EnrollmentCounts.Of(before), villages[before.HouseholdId], -1);
            delta.Add(EnrollmentCounts.Of(after), villages[after.HouseholdId], +1);
        }

        await TallyWriter.AddAsync(db, delta, ct).ConfigureAwait(false);
    }

    private async Task PrepareAsync(AppDbContext db, CancellationToken ct)
    {
        pending = await ChangedCountsAsync(db, ct).ConfigureAwait(false);
        if (pending.IsEmpty)
        {
            pending = null;
        }
        else if (db.Database.CurrentTransaction is null)
        {
            owned = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        }
    }

    private async Task FinishAsync(AppDbContext db, CancellationToken ct)
    {
        if (pending is not { } delta)
        {
            return;
        }

        pending = null;
        try
        {
            await TallyWriter.AddAsync(db, delta, ct).ConfigureAwait(false);
            if (owned is not null)
            {
                await owned.CommitAsync(ct).ConfigureAwait(false);
            }
        }
        finally
        {
            Abandon();
        }
    }

    private void Abandon()
    {
        pending = null;
        owned?.Dispose();
        owned = null;
    }

    private static async Task<TallyDelta> ChangedCountsAsync(AppDbContext db, CancellationToken ct)
    {
        var tracker = db.ChangeTracker;
        var residents = tracker.Entries<Resident>().Where(Changed).ToList();
        var enrollments = tracker.Entries<Enrollment>().Where(Changed).ToList();
        var moved = tracker.Entries<Household>().Where(h => h.State == EntityState.Modified
            && (h.Property(x => x.Village).IsModified || h.Property(x => x.TownshipId).IsModified)).ToList();
        var delta = new TallyDelta();
        if (residents.Count == 0 && enrollments.Count == 0 && moved.Count == 0)
        {
            return delta;
        }

        var households = residents.Select(r => r.Entity.HouseholdId).Concat(enrollments.Select(e => e.Entity.HouseholdId))
            .Concat(residents.Where(r => r.State != EntityState.Added).Select(r => r.Property(x => x.HouseholdId).OriginalValue))
            .Concat(enrollments.Where(e => e.State != EntityState.Added).Select(e => e.Property(x => x.HouseholdId).OriginalValue))
            .ToHashSet();
        var villages = await Villages.OfAsync(db, households.Except(moved.Select(h => h.Entity.Id)), ct).ConfigureAwait(false);
        var before = new Dictionary<Guid, string>(villages);
        foreach (var household in moved)
        {
            villages[household.Entity.Id] = household.Entity.Village;
            before[household.Entity.Id] = household.Property(x => x.Village).OriginalValue;
        }

        foreach (var resident in residents)
        {
            if (resident.State != EntityState.Added)
            {
                delta.Add(ResidentBefore(resident), before[resident.Property(r => r.HouseholdId).OriginalValue], -1);
            }

            if (resident.State != EntityState.Deleted)
            {
                delta.Add(new ResidentCounts(resident.Entity.TenantId, resident.Entity.TownshipId, resident.Entity.Departure is not null), villages[resident.Entity.HouseholdId], +1);
            }
        }

        foreach (var enrollment in enrollments)
        {
            if (enrollment.State != EntityState.Added)
            {
                delta.Add(EnrollmentBefore(enrollment), before[enrollment.Property(e => e.HouseholdId).OriginalValue], -1);
            }

            if (enrollment.State != EntityState.Deleted)
            {
                delta.Add(EnrollmentCounts.Of(enrollment.Entity), villages[enrollment.Entity.HouseholdId], +1);
            }
        }

        await MovedRowsAsync(db, moved, residents, enrollments, before, villages, delta, ct).ConfigureAwait(false);
        return delta;
    }

    /// <summary>The rows of a moved household that this save does not otherwise change: before in the old village, after in the new.</summary>
    private static async Task MovedRowsAsync(AppDbContext db, List<EntityEntry<Household>> moved, List<EntityEntry<Resident>> residents,
        List<EntityEntry<Enrollment>> enrollments, Dictionary<Guid, string> before, Dictionary<Guid, string> after, TallyDelta delta, CancellationToken ct)
    {
        if (moved.Count == 0)
        {
            return;
        }

        var ids = moved.Select(h => h.Entity.Id).ToList();
        var seenResidents = residents.Select(r => r.Entity.Id).ToHashSet();
        var seenEnrollments = enrollments.Select(e => e.Entity.Id).ToHashSet();
        foreach (var r in await db.Residents.IgnoreQueryFilters().AsNoTracking().Where(r => ids.Contains(r.HouseholdId)).ToListAsync(ct).ConfigureAwait(false))
        {
            if (!seenResidents.Contains(r.Id))
            {
                var counts = new ResidentCounts(r.TenantId, r.TownshipId, r.Departure is not null);
                delta.Add(counts, before[r.HouseholdId], -1);
                delta.Add(counts, after[r.HouseholdId], +1);
            }
        }

        foreach (var e in await db.Enrollments.IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.HouseholdId)).ToListAsync(ct).ConfigureAwait(false))
        {
            if (!seenEnrollments.Contains(e.Id))
            {
                delta.Add(EnrollmentCounts.Of(e), before[e.HouseholdId], -1);
                delta.Add(EnrollmentCounts.Of(e), after[e.HouseholdId], +1);
            }
        }
    }

    private static bool Changed(EntityEntry entry) => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;

    private static ResidentCounts ResidentBefore(EntityEntry<Resident> r) => new(
        r.Property(x => x.TenantId).OriginalValue, r.Property(x => x.TownshipId).OriginalValue, r.Property(x => x.Departure).OriginalValue is not null);

    private static EnrollmentCounts EnrollmentBefore(EntityEntry<Enrollment> e) => new(
        e.Property(x => x.TenantId).OriginalValue, e.Property(x => x.TownshipId).OriginalValue, e.Property(x => x.Year).OriginalValue,
        e.Property(x => x.SubsidyCode).OriginalValue, e.Property(x => x.Status).OriginalValue, e.Property(x => x.PaidAt).OriginalValue);
}
