using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Auditing;

/// <summary>
/// An audit entry a command writes itself, for what the change tracker does not see: a reveal of an ID
/// number, a change to a user account. Saved with the command's other changes, in its transaction.
/// </summary>
public static class AuditNote
{
    public static void Add(
        IAppDbContext db, ICurrentUser user, IClock clock, string action, string entityType, Guid entityId,
        AuditOperation operation, Guid? householdId = null, string? before = null, string? after = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            At = clock.Now,
            UserId = user.UserId,
            UserName = user.UserName ?? "",
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            HouseholdId = householdId,
            Operation = operation,
            Before = before,
            After = after,
        });
}
