using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Tenancy;

/// <summary>The 一人一保 check across the deployment's tenants (ADR 0067): a count on the ID-number index, nothing returned but yes or no.</summary>
public sealed class EnrolmentsElsewhere(AppDbContext db, ICurrentUser user) : IEnrolmentsElsewhere
{
    public async Task<bool> EnrolledElsewhereAsync(string idNumber, int year, CancellationToken cancellationToken)
    {
        var tenant = user.TenantId ?? Guid.Empty;
        return await db.Residents.IgnoreQueryFilters()
            .Where(r => r.IdNumber == idNumber && r.TenantId != tenant)
            .Join(db.Enrollments.IgnoreQueryFilters().Where(e => e.Year == year && e.Status != EnrollmentStatus.Ended),
                r => r.Id, e => e.ResidentId, (r, e) => e.Id)
            .AnyAsync(cancellationToken).ConfigureAwait(false);
    }
}
