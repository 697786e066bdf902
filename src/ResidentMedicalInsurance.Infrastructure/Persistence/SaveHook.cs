using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>
/// Work on the pending changes right before every SaveChanges (sync or async) of the context, inside
/// the same save and so the same transaction. <see cref="AppDbContext"/> takes its hooks in its
/// constructor: it cannot exist without them.
/// </summary>
public abstract class SaveHook : SaveChangesInterceptor
{
    protected abstract void BeforeSave(ChangeTracker changeTracker);

    public sealed override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeforeSave(eventData.Context!.ChangeTracker);
        return result;
    }

    public sealed override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        BeforeSave(eventData.Context!.ChangeTracker);
        return ValueTask.FromResult(result);
    }
}
