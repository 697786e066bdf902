namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>Turns a unique-index race (two clerks saving the same thing at once) into a clear message.</summary>
public static class SaveGuard
{
    public static async Task SaveAsync(IAppDbContext db, string conflictMessage, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new AppException(conflictMessage);
        }
    }
}
