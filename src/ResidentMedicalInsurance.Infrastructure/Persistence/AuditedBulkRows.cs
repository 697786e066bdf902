using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Auditing;
using ResidentMedicalInsurance.Infrastructure.Progress;

namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>
/// Audited rows in bulk (ADR 0056): the rows and the audit trail's entries for them, both through <see cref="BulkRows"/>;
/// changed enrolments also move the progress counters, as a save would (ADR 0061).
/// </summary>
public sealed class AuditedBulkRows(AppDbContext db, ICurrentUser user, DatabaseOptions options, AuditRows audit) : IAuditedBulkRows
{
    public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class, ITenantOwned
    {
        if (rows is IReadOnlyList<Domain.Households.Resident> or IReadOnlyList<Enrollment>)
        {
            throw new NotSupportedException("Residents and enrolments are saved through the context, which keeps the progress counters.");
        }

        await BulkRows.InsertAsync(db, user, options, rows, cancellationToken).ConfigureAwait(false);
        await BulkRows.InsertAsync(db, user, options, audit.Added(Type<T>(), rows), cancellationToken).ConfigureAwait(false);
    }

    public async Task AuditChangesAsync<T>(IReadOnlyList<(T Before, T After)> changes, CancellationToken cancellationToken)
        where T : class, ITenantOwned
    {
        await BulkRows.InsertAsync(db, user, options, audit.Modified(Type<T>(), changes), cancellationToken).ConfigureAwait(false);
        if (changes is IReadOnlyList<(Enrollment Before, Enrollment After)> enrollments)
        {
            await ProgressTallies.AddChangesAsync(db, enrollments, cancellationToken).ConfigureAwait(false);
        }
    }

    private Microsoft.EntityFrameworkCore.Metadata.IEntityType Type<T>() =>
        db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
}
