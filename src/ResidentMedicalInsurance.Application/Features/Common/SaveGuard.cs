namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>
/// Turns a lost race (two clerks saving the same thing at once) into a clear message: a unique index
/// refused the row (<see cref="IAppDbContext.IsUniqueViolation"/>) or the concurrency token found the
/// row changed since it was read. Any other failed save (a foreign key, a value too long) is a bug,
/// not a race: it stays an error for the log and the generic message (ADR 0044).
/// </summary>
public static class SaveGuard
{
    public static async Task SaveAsync(IAppDbContext db, string conflictMessage, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (IsLostRace(db, ex))
        {
            db.ChangeTracker.Clear();
            throw new AppException(conflictMessage);
        }
    }

    /// <summary>Whether a failed save lost a race (for a handler that answers a race its own way, e.g. a replay).</summary>
    public static bool IsLostRace(IAppDbContext db, DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException || db.IsUniqueViolation(exception);
}
